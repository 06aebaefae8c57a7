package org.dossier.tei;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.Mark;
import org.dossier.model.MarkType;
import org.dossier.model.Mention;
import org.dossier.model.MentionType;
import org.dossier.model.Note;
import org.jspecify.annotations.Nullable;

/**
 * Writes and reads the content of one block element: its text, its marks and mentions, and the
 * calls of its notes.
 *
 * <p>Inline form, used whenever it reads back exactly: marks and mentions are elements wrapping
 * their printed span ({@code <supplied>[Kurt]</supplied>}, {@code <persName ref="#p1">…</persName>},
 * {@code <gap><desc type="printed">[…]</desc><desc>what was left out</desc></gap>}), notes are
 * {@code <note place="foot" n="…">} at their call. A mark's content is the printed span less one
 * pair of enclosing square brackets; an omission's content is its plain {@code desc}. A page break
 * is {@code <pb n="25"/>} at its place, a margin segment {@code <seg type="margin">…</seg>} and
 * italics {@code <hi rend="italic">…</hi>} around their printed span, which is also their content.
 *
 * <p>Standoff form, used when the inline form cannot say it (spans that overlap without nesting,
 * a mark whose content is not its printed span, a note inside an omission, equal offsets in an
 * order nesting cannot keep): the text holds only notes and {@code <anchor xml:id="p{n}.o{offset}"/>}
 * milestones, and a {@code <spanGrp type="dossier">} at the end of the block lists every mark
 * ({@code <span type="supplied" from="#…" to="#…" xml:lang="…">content</span>}) and every
 * mention ({@code <span type="person" ana="#ref" from="#…" to="#…"/>}) in model order.
 */
final class BlockCodec {
  private BlockCodec() {}

  /** A note call read from a block. */
  record Call(int n, int offset, String text, List<Mention> mentions) {}

  /** What a block element holds. */
  record Content(String text, List<Mark> marks, List<Mention> mentions, List<Call> calls) {}

  /** Fills {@code host} with the block's content and its notes' calls ({@code notes} in model order). */
  static void encode(Block block, List<Note> notes, XElement host) {
    encode(block, notes, host, "p" + block.n());
  }

  /**
   * Fills {@code host} as {@link #encode(Block, List, XElement)} does, naming standoff anchors
   * {@code {anchors}.o{offset}} (the title's are {@code title.o…}, so they never clash with a block's).
   */
  static void encode(Block block, List<Note> notes, XElement host, String anchors) {
    XElement inline = new XElement(host.name());
    host.attributes().forEach(inline::attr);
    if (encodeInline(block, notes, inline, anchors) && readsBack(block, notes, inline)) {
      for (Object c : inline.children()) {
        if (c instanceof XElement e) host.add(e);
        else host.append((CharSequence) c);
      }
    } else {
      encodeStandoff(block, notes, host, anchors);
    }
  }

  private static boolean readsBack(Block block, List<Note> notes, XElement inline) {
    try {
      Content c = decode(inline, block.n());
      return c.text().equals(block.text())
          && new Block(block.n(), block.kind(), block.speaker(), c.text(), c.marks(), c.mentions(), block.page())
              .equals(block)
          && c.calls().equals(calls(notes));
    } catch (NotDossierTei | IllegalArgumentException e) {
      return false;
    }
  }

  private static List<Call> calls(List<Note> notes) {
    List<Call> out = new ArrayList<>();
    for (Note n : notes) out.add(new Call(n.n(), n.offset(), n.text(), n.mentions()));
    out.sort(Comparator.comparingInt(Call::offset)); // stable: model order within one offset
    return out;
  }

  private record Span(int start, int end, int seq, @Nullable Mark mark, @Nullable Mention mention) {}

  private record Open(Span span, XElement element, XElement target) {}

  private static boolean encodeInline(Block block, List<Note> notes, XElement host, String anchors) {
    List<Span> spans = new ArrayList<>();
    for (Mark m : block.marks()) {
      // An attribute cannot keep line breaks or a content beside the printed span: such breaks go standoff.
      if (m.type() == MarkType.PAGE_BREAK && (m.length() > 0 || !isAttributeSafe(m.text()))) return false;
      spans.add(new Span(m.offset(), m.end(), spans.size(), m, null));
    }
    for (Mention m : block.mentions()) spans.add(new Span(m.offset(), m.end(), spans.size(), null, m));
    spans.sort(Comparator.comparingInt(Span::start)
        .thenComparing(Comparator.comparingInt(Span::end).reversed())
        .thenComparingInt(Span::seq));
    List<Call> calls = calls(notes);
    TreeSet<Integer> stops = stops(block.length(), calls);
    for (Span s : spans) {
      stops.add(s.start());
      stops.add(s.end());
    }
    CodePointCursor cursor = new CodePointCursor(block.text());
    ArrayList<Open> stack = new ArrayList<>();
    XElement target = host;
    int si = 0;
    int ci = 0;
    for (int o : stops) {
      target.append(cursor.advanceTo(o));
      while (!stack.isEmpty() && top(stack).span().end() == o) close(stack.remove(stack.size() - 1));
      target = stack.isEmpty() ? host : top(stack).target();
      boolean inGap = !stack.isEmpty() && closed(top(stack).element());
      for (; ci < calls.size() && calls.get(ci).offset() == o; ci++) {
        if (inGap) return false;
        Call call = calls.get(ci);
        target.add(noteElement(call, anchors));
      }
      for (; si < spans.size() && spans.get(si).start() == o; si++) {
        Span s = spans.get(si);
        if (!stack.isEmpty() && (inGap || s.end() > top(stack).span().end())) return false;
        Open open = open(s, target);
        if (s.end() == s.start()) {
          close(open);
        } else {
          stack.add(open);
          target = open.target();
          inGap = closed(open.element());
        }
      }
    }
    return stack.isEmpty();
  }

  /** Whether a mark's element holds nothing but its printed span: TEI allows no notes in a gap's or incident's desc. */
  private static boolean closed(XElement mark) {
    return mark.name().equals("gap") || mark.name().equals("incident");
  }

  /** The offsets where something happens: the ends of the text and the note calls. */
  private static TreeSet<Integer> stops(int length, List<Call> calls) {
    TreeSet<Integer> stops = new TreeSet<>();
    stops.add(0);
    stops.add(length);
    for (Call c : calls) stops.add(c.offset());
    return stops;
  }


  private static Open top(List<Open> stack) {
    return stack.get(stack.size() - 1);
  }

  private static Open open(Span s, XElement parent) {
    if (s.mention() != null) {
      Mention m = s.mention();
      XElement e = parent.add(TeiNames.mentionElement(m.type())).attr("ref", TeiNames.pointer(m.ref()));
      return new Open(s, e, e);
    }
    Mark m = s.mark();
    XElement e = parent.add(TeiNames.markElement(m.type()));
    if (m.type() == MarkType.FOREIGN) e.attr("xml:lang", m.lang());
    if (m.type() == MarkType.PAGE_BREAK && !m.text().isEmpty()) e.attr("n", m.text());
    if (m.type() == MarkType.MARGIN) e.attr("type", "margin");
    if (m.type() == MarkType.ITALIC) e.attr("rend", "italic");
    if (m.type() == MarkType.OMISSION && m.length() > 0) {
      return new Open(s, e, e.add("desc").attr("type", "printed").verbatim(true));
    }
    // An incident holds no text of its own, only descriptions: the printed span goes in one.
    if (m.type() == MarkType.EVENT) return new Open(s, e, e.add("desc").verbatim(true));
    if (m.type() == MarkType.COMMENT) e.attr("type", "comment").verbatim(true);
    return new Open(s, e, e);
  }

  private static void close(Open open) {
    Mark m = open.span().mark();
    if (m != null && m.type() == MarkType.OMISSION && !m.text().isEmpty()) {
      open.element().addText("desc", m.text());
    }
  }

  /**
   * A note at its call. Its mentions are written as a block's are (inline, else standoff with
   * anchors named after the host's and the note's number, so they never clash).
   */
  private static XElement noteElement(Call call, String anchors) {
    XElement note = new XElement("note").attr("place", "foot").attr("n", Integer.toString(call.n())).verbatim(true);
    if (call.mentions().isEmpty()) return note.append(call.text());
    encode(new Block(call.n(), BlockKind.PARAGRAPH, null, call.text(), List.of(), call.mentions()), List.of(), note,
        anchors + ".n" + call.n());
    return note;
  }

  /** Whether an attribute value reads back as written: no XML whitespace but single inner spaces. */
  static boolean isAttributeSafe(String value) {
    if (!value.equals(value.strip())) return false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\n' || c == '\r' || c == '\t' || (c == ' ' && i > 0 && value.charAt(i - 1) == ' ')) return false;
    }
    return true;
  }

  private static void encodeStandoff(Block block, List<Note> notes, XElement host, String prefix) {
    TreeSet<Integer> anchors = new TreeSet<>();
    for (Mark m : block.marks()) {
      anchors.add(m.offset());
      anchors.add(m.end());
    }
    for (Mention m : block.mentions()) {
      anchors.add(m.offset());
      anchors.add(m.end());
    }
    List<Call> calls = calls(notes);
    TreeSet<Integer> stops = stops(block.length(), calls);
    stops.addAll(anchors);
    CodePointCursor cursor = new CodePointCursor(block.text());
    int ci = 0;
    for (int o : stops) {
      host.append(cursor.advanceTo(o));
      for (; ci < calls.size() && calls.get(ci).offset() == o; ci++) {
        host.add(noteElement(calls.get(ci), prefix));
      }
      if (anchors.contains(o)) host.add("anchor").attr("xml:id", anchorId(prefix, o));
    }
    if (anchors.isEmpty()) return;
    XElement group = host.add("spanGrp").attr("type", "dossier");
    for (Mark m : block.marks()) {
      XElement span = group.add("span").attr("type", m.type().jsonName())
          .attr("from", "#" + anchorId(prefix, m.offset())).attr("to", "#" + anchorId(prefix, m.end()))
          .attr("xml:lang", m.lang()).verbatim(true);
      span.append(m.text());
    }
    for (Mention m : block.mentions()) {
      group.add("span").attr("type", m.type().jsonName()).attr("ana", TeiNames.pointer(m.ref()))
          .attr("from", "#" + anchorId(prefix, m.offset())).attr("to", "#" + anchorId(prefix, m.end()));
    }
  }

  private static String anchorId(String prefix, int offset) {
    return prefix + ".o" + offset;
  }

  // ---------------------------------------------------------------- reading

  private static final class State {
    final StringBuilder text = new StringBuilder();
    int length;
    final List<@Nullable Mark> marks = new ArrayList<>();
    final List<@Nullable Mention> mentions = new ArrayList<>();
    final List<Call> calls = new ArrayList<>();
    final Map<String, Integer> anchors = new HashMap<>();

    void append(CharSequence s) {
      text.append(s);
      length += Character.codePointCount(s, 0, s.length());
    }
  }

  /** Reads a block element written by {@link #encode}. */
  static Content decode(XElement host, int n) throws NotDossierTei {
    try {
      return read(host, n);
    } catch (IllegalArgumentException e) {
      throw new NotDossierTei("paragraph " + n + ": " + e.getMessage(), host, e);
    }
  }

  private static Content read(XElement host, int n) throws NotDossierTei {
    State st = new State();
    XElement spanGrp = null;
    for (Object child : host.children()) {
      if (child instanceof XElement e && e.name().equals("spanGrp")) {
        if (spanGrp != null) throw new NotDossierTei("paragraph " + n + " has two <spanGrp>s", e);
        spanGrp = e;
      } else {
        if (spanGrp != null) throw new NotDossierTei("content after <spanGrp> in paragraph " + n, host);
        walk(child, st, n);
      }
    }
    List<Mark> marks = new ArrayList<>();
    for (Mark m : st.marks) marks.add(m);
    List<Mention> mentions = new ArrayList<>();
    for (Mention m : st.mentions) mentions.add(m);
    if (spanGrp != null) standoff(spanGrp, st, n, marks, mentions);
    return new Content(st.text.toString(), marks, mentions, st.calls);
  }

  private static void walk(Object node, State st, int n) throws NotDossierTei {
    if (node instanceof CharSequence s) {
      st.append(s);
      return;
    }
    XElement e = (XElement) node;
    int start = st.length;
    switch (e.name()) {
      case "note" -> {
        if ("comment".equals(e.attr("type")) && e.attr("place") == null) {
          spoken(e, e, MarkType.COMMENT, st, n);
          return;
        }
        if (!"foot".equals(e.attr("place"))) throw new NotDossierTei("a note in paragraph " + n + " must have place=\"foot\"", e);
        st.calls.add(note(e, start, n));
      }
      case "anchor" -> {
        String id = e.attr("xml:id");
        if (id == null) throw new NotDossierTei("an <anchor> in paragraph " + n + " has no xml:id", e);
        st.anchors.put(id, start);
      }
      case "supplied", "sic", "foreign" -> {
        int index = st.marks.size();
        st.marks.add(null);
        for (Object c : e.children()) walk(c, st, n);
        String printed = st.text.substring(st.text.offsetByCodePoints(0, start));
        MarkType type = MarkType.valueOf(e.name().toUpperCase(java.util.Locale.ROOT));
        st.marks.set(index, new Mark(type, start, st.length - start, unbracket(printed),
            type == MarkType.FOREIGN ? e.attr("xml:lang") : null));
      }
      case "gap" -> gap(e, st, n);
      case "incident" -> {
        List<XElement> descs = new ArrayList<>();
        for (Object c : e.children()) {
          if (c instanceof XElement d && d.name().equals("desc") && descs.isEmpty()) descs.add(d);
          else if (!(c instanceof CharSequence s && s.toString().isBlank())) {
            throw new NotDossierTei("an <incident> in paragraph " + n + " must hold one <desc>", e);
          }
        }
        if (descs.isEmpty()) throw new NotDossierTei("an <incident> in paragraph " + n + " has no <desc>", e);
        spoken(e, descs.get(0), MarkType.EVENT, st, n);
      }
      case "pb" -> {
        if (!e.children().isEmpty()) throw new NotDossierTei("a <pb> in paragraph " + n + " is not empty", e);
        String page = e.attr("n");
        st.marks.add(new Mark(MarkType.PAGE_BREAK, start, 0, page == null ? "" : page, null));
      }
      case "seg", "hi" -> {
        boolean margin = e.name().equals("seg");
        MarkType type = margin ? MarkType.MARGIN : MarkType.ITALIC;
        if (margin ? !"margin".equals(e.attr("type")) : !"italic".equals(e.attr("rend"))) {
          throw new NotDossierTei("<" + e.name() + "> in paragraph " + n + " needs "
              + (margin ? "type=\"margin\"" : "rend=\"italic\""), e);
        }
        int index = st.marks.size();
        st.marks.add(null);
        for (Object c : e.children()) walk(c, st, n);
        String printed = st.text.substring(st.text.offsetByCodePoints(0, start));
        st.marks.set(index, new Mark(type, start, st.length - start, printed, null));
      }
      case "persName", "placeName", "term", "orgName" -> {
        String ref = e.attr("ref");
        if (ref == null) throw new NotDossierTei("<" + e.name() + "> in paragraph " + n + " has no ref", e);
        int index = st.mentions.size();
        st.mentions.add(null);
        for (Object c : e.children()) walk(c, st, n);
        st.mentions.set(index, new Mention(mentionType(e.name()), start, st.length - start, unpointer(ref, e)));
      }
      default -> throw new NotDossierTei("unexpected <" + e.name() + "> in paragraph " + n, e);
    }
  }

  /** A footnote at its call: text and register mentions only. */
  private static Call note(XElement e, int start, int n) throws NotDossierTei {
    int number = number(e, "n");
    Content c = read(e, n);
    if (!c.marks().isEmpty() || !c.calls().isEmpty()) {
      throw new NotDossierTei("note " + number + " in paragraph " + n + " holds more than text and mentions", e);
    }
    return new Call(number, start, c.text(), c.mentions());
  }

  /** An event or a transcriber's note: the printed span is {@code holder}'s content, the mark's text that without parentheses. */
  private static void spoken(XElement e, XElement holder, MarkType type, State st, int n) throws NotDossierTei {
    int start = st.length;
    int index = st.marks.size();
    st.marks.add(null);
    for (Object c : holder.children()) walk(c, st, n);
    String printed = st.text.substring(st.text.offsetByCodePoints(0, start));
    if (printed.isEmpty()) throw new NotDossierTei("an empty <" + e.name() + "> in paragraph " + n, e);
    st.marks.set(index, new Mark(type, start, st.length - start, unparen(printed), null));
  }

  /** The content of a printed event or comment: without one pair of enclosing parentheses. */
  static String unparen(String printed) {
    return printed.length() >= 2 && printed.startsWith("(") && printed.endsWith(")")
        ? printed.substring(1, printed.length() - 1) : printed;
  }

  private static void gap(XElement e, State st, int n) throws NotDossierTei {
    int start = st.length;
    String content = "";
    boolean printed = false;
    boolean described = false;
    for (Object c : e.children()) {
      if (c instanceof CharSequence s) {
        if (!s.toString().isBlank()) throw new NotDossierTei("text directly in <gap> in paragraph " + n, e);
        continue;
      }
      XElement d = (XElement) c;
      if (!d.name().equals("desc")) throw new NotDossierTei("unexpected <" + d.name() + "> in <gap>", d);
      if ("printed".equals(d.attr("type")) && !printed && !described) {
        printed = true;
        st.append(textOnly(d));
      } else if (d.attr("type") == null && !described) {
        described = true;
        content = textOnly(d);
      } else {
        throw new NotDossierTei("unexpected <desc> in <gap> in paragraph " + n, d);
      }
    }
    st.marks.add(new Mark(MarkType.OMISSION, start, st.length - start, content, null));
  }

  private static void standoff(XElement group, State st, int n, List<Mark> marks, List<Mention> mentions)
      throws NotDossierTei {
    for (Object c : group.children()) {
      if (c instanceof CharSequence s) {
        if (!s.toString().isBlank()) throw new NotDossierTei("text in <spanGrp> of paragraph " + n, group);
        continue;
      }
      XElement span = (XElement) c;
      if (!span.name().equals("span")) throw new NotDossierTei("unexpected <" + span.name() + "> in <spanGrp>", span);
      int from = anchor(span, "from", st, n);
      int to = anchor(span, "to", st, n);
      if (to < from) throw new NotDossierTei("span ends before it starts in paragraph " + n, span);
      String type = String.valueOf(span.attr("type"));
      try {
        switch (type) {
          case "omission", "supplied", "sic", "foreign", "event", "comment", "page_break", "margin", "italic" -> marks.add(
              new Mark(MarkType.fromJsonName(type), from, to - from, textOnly(span), span.attr("xml:lang")));
          case "person", "place", "term", "organization" -> {
            String ana = span.attr("ana");
            if (ana == null) throw new NotDossierTei("a mention <span> has no ana in paragraph " + n, span);
            mentions.add(new Mention(MentionType.fromJsonName(type), from, to - from, unpointer(ana, span)));
          }
          default -> throw new NotDossierTei("unknown span type '" + type + "' in paragraph " + n, span);
        }
      } catch (IllegalArgumentException e) {
        throw new NotDossierTei("bad span in paragraph " + n + ": " + e.getMessage(), span, e);
      }
    }
  }

  private static int anchor(XElement span, String attribute, State st, int n) throws NotDossierTei {
    String ptr = span.attr(attribute);
    if (ptr == null || !ptr.startsWith("#")) {
      throw new NotDossierTei("a <span> in paragraph " + n + " needs " + attribute + "=\"#anchor\"", span);
    }
    Integer offset = st.anchors.get(ptr.substring(1));
    if (offset == null) throw new NotDossierTei("no anchor " + ptr + " in paragraph " + n, span);
    return offset;
  }

  private static MentionType mentionType(String element) {
    return switch (element) {
      case "persName" -> MentionType.PERSON;
      case "placeName" -> MentionType.PLACE;
      case "term" -> MentionType.TERM;
      default -> MentionType.ORGANIZATION;
    };
  }

  /** A printed span less one pair of enclosing square brackets. */
  static String unbracket(String printed) {
    if (printed.length() >= 2 && printed.startsWith("[") && printed.endsWith("]")) {
      return printed.substring(1, printed.length() - 1);
    }
    return printed;
  }

  static String unpointer(String ptr, XElement at) throws NotDossierTei {
    try {
      String ref = TeiNames.unpointer(ptr);
      if (ref.isBlank()) throw new NotDossierTei("empty pointer '" + ptr + "'", at);
      return ref;
    } catch (IllegalArgumentException e) {
      throw new NotDossierTei("bad pointer '" + ptr + "': " + e.getMessage(), at, e);
    }
  }

  /** The text of an element that must hold text only. */
  static String textOnly(XElement e) throws NotDossierTei {
    for (Object c : e.children()) {
      if (c instanceof XElement child) {
        throw new NotDossierTei("unexpected <" + child.name() + "> in <" + e.name() + ">", child);
      }
    }
    return e.directText();
  }

  /** A positive integer attribute. */
  static int number(XElement e, String attribute) throws NotDossierTei {
    String v = e.attr(attribute);
    if (v == null) throw new NotDossierTei("<" + e.name() + "> has no " + attribute, e);
    try {
      int value = Integer.parseInt(v);
      if (value <= 0) throw new NumberFormatException();
      return value;
    } catch (NumberFormatException ex) {
      throw new NotDossierTei("<" + e.name() + "> has " + attribute + "=\"" + v + "\", not a positive number", e, ex);
    }
  }
}
