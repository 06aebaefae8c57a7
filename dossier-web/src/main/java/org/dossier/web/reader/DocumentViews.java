package org.dossier.web.reader;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.dossier.cite.Cited;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.Document;
import org.dossier.model.Edition;
import org.dossier.model.Ids;
import org.dossier.model.Mark;
import org.dossier.model.MarkType;
import org.dossier.model.Mention;
import org.dossier.model.Note;
import org.dossier.model.Speaker;
import org.jspecify.annotations.Nullable;

/** Lays a {@link Document} out as a {@link DocumentView}. */
final class DocumentViews {
  private DocumentViews() {}

  /**
   * The view of {@code d}.
   *
   * @param citations the citing engine and the site's public address
   * @param selected the paragraph selected for citation, or 0
   * @param style the citation style shown ({@code chicago}, {@code mla} or {@code apa})
   * @param markdown whether a Markdown download is offered
   * @param position the document's place in the edition, or null
   */
  static DocumentView of(Edition edition, Document d, Citations citations, int selected, String style,
      boolean markdown, DocumentView.@Nullable Position position) {
    Map<Integer, List<Note>> calls = d.notes().stream()
        .filter(n -> n.paragraph() != null)
        .collect(Collectors.groupingBy(Note::paragraph));
    int chosen = selected > 0 && d.findBlock(selected).isPresent() ? selected : 0;
    String[] page = {null};
    RegisterLinks links = new RegisterLinks(edition);
    List<BlockView> headnote = blocks(edition, links, d.headnote(), calls, chosen, page);
    List<BlockView> body = blocks(edition, links, d.paragraphs(), calls, chosen, page);
    List<Integer> titleNotes = d.notes().stream().filter(n -> n.paragraph() == null).map(Note::n).toList();
    List<NoteView> notes = d.notes().stream()
        .sorted(Comparator.comparingInt(Note::n))
        .map(n -> new NoteView(n.n(), n.text(), true, noteInlines(n, links)))
        .toList();
    String base = "/" + edition.id() + "/" + d.id();
    List<Link> downloads = new ArrayList<>();
    downloads.add(new Link("TEI XML", base + ".tei.xml"));
    downloads.add(new Link("JSON", base + ".json"));
    if (markdown) downloads.add(new Link("Markdown", base + ".md"));
    String pageTitle = (d.number() == null ? "" : "No. " + d.number() + ": ") + d.title();
    int pin = chosen > 0 ? chosen : d.paragraphs().isEmpty() ? 0 : d.paragraphs().get(0).n();
    String url = citations.documentUrl(edition, d);
    Cited whole = Cited.document(edition, d, url);
    HeadMeta head = HeadMetas.of(edition, d, url, citations.site() + "/" + edition.id());
    String query = chosen > 0 ? "?p=" + chosen + "&" : "?";
    List<DocumentView.CiteStyle> styles = Citations.BOX_STYLES.stream()
        .map(s -> new DocumentView.CiteStyle(s.label(), s.href(), query + "cite=" + s.href() + "#cite",
            s.href().equals(style)))
        .toList();
    List<Link> exports = Citations.EXPORTS.stream()
        .map(x -> new Link(x.label(), base + "/cite?format=" + x.href() + (chosen > 0 ? "&p=" + chosen : "")))
        .toList();
    return new DocumentView(
        new Page(pageTitle + " — " + edition.title(), "edition", null,
            position == null || position.previous() == null ? null : position.previous().href(),
            position == null || position.next() == null ? null : position.next().href(), head),
        new Link(edition.title(), "/" + edition.id()),
        d.id(), d.number(), d.title(), d.language(), titleNotes,
        Dates.display(d.date()), Dates.iso(d.date()), d.place(), DocTypeNames.label(d.type()), d.participants(),
        headnote, body, notes, legend(d),
        d.source() == null ? null : d.source().text(),
        translator(d),
        d.rights(),
        styles,
        citations.text(whole, style),
        pin == 0 ? "" : citations.text(whole.atParagraph(pin), style),
        base + "/cite",
        exports,
        chosen,
        downloads,
        d.sections(),
        inlines(new Block(1, BlockKind.HEADING, null, d.title(), d.titleMarks(), List.of()), List.of(), links),
        position);
  }

  /** The speaker's page in the edition's register of persons, when the speaker is resolved to one. */
  private static @Nullable String personHref(Edition edition, Speaker s) {
    String ref = s.ref();
    if (ref == null || !Ids.isUrlSafe(ref) || edition.findPerson(ref).isEmpty()) return null;
    return "/" + edition.id() + "/persons/" + ref;
  }

  /** The speaker's office and party on the day, as shown after the name: "Member of Parliament, Labour". */
  private static @Nullable String office(Speaker s) {
    if (s.role() == null) return s.party();
    return s.party() == null ? s.role() : s.role() + ", " + s.party();
  }

  /** The translator, unless the printed source line already names them. */
  private static @Nullable String translator(Document d) {
    String t = d.translator().orElse(null);
    return t != null && d.source() != null && d.source().text().contains(t) ? null : t;
  }

  /** The blocks as shown; {@code page} holds the printed page the reader is on, from block to block. */
  private static List<BlockView> blocks(Edition edition, RegisterLinks links, List<Block> blocks, Map<Integer, List<Note>> calls,
      int selected, @Nullable String[] page) {
    List<BlockView> out = new ArrayList<>(blocks.size());
    @Nullable Speaker previous = null;
    for (Block b : blocks) {
      // A page that begins between blocks (or the page the document starts on) is shown before the block.
      String pageBefore = b.page() != null && !b.page().equals(page[0]) ? b.page() : null;
      page[0] = b.lastPage();
      Speaker s = b.speaker();
      boolean changed = s != null && !(previous != null
          && previous.name().equals(s.name()) && Objects.equals(previous.role(), s.role())
          && Objects.equals(previous.party(), s.party()) && Objects.equals(previous.label(), s.label()));
      previous = s;
      out.add(new BlockView(b.n(), b.kind().jsonName(),
          changed ? s.name() : null, changed ? personHref(edition, s) : null, changed ? office(s) : null,
          changed ? s.label() : null,
          inlines(b, calls.getOrDefault(b.n(), List.of()), links), b.n() == selected, pageBefore));
    }
    return out;
  }

  /**
   * Splits a block's text at its marks, note calls and linked names. Offsets are code points. A
   * note called inside a mark's printed span is shown right after the mark, and a mark overlapping
   * an earlier one is shown as plain text: the reader never loses words. A tagged name becomes a
   * link to its register entry only where it crosses no mark, note call or page break.
   */
  static List<Inline> inlines(Block b, List<Note> notes, RegisterLinks registers) {
    List<Note> calls = notes.stream().sorted(Comparator.comparingInt(Note::offset).thenComparingInt(Note::n)).toList();
    List<Mark> marks = shown(b.marks());
    List<Mark> pages = b.marks().stream().filter(m -> m.type() == MarkType.PAGE_BREAK && !m.text().isEmpty()).toList();
    List<Mention> links = linked(b, marks, calls, pages, registers);
    int pi = 0;
    List<Inline> out = new ArrayList<>();
    int len = b.length();
    int pos = 0;
    int mi = 0;
    int ni = 0;
    int li = 0;
    while (true) {
      while (ni < calls.size() && calls.get(ni).offset() <= pos) out.add(Inline.note(calls.get(ni++).n()));
      while (pi < pages.size() && pages.get(pi).offset() <= pos) out.add(Inline.page(pages.get(pi++).text()));
      while (mi < marks.size() && (marks.get(mi).offset() < pos || marks.get(mi).length() == 0)) mi++;
      while (li < links.size() && links.get(li).offset() < pos) li++;
      if (pos >= len) break;
      if (mi < marks.size() && marks.get(mi).offset() == pos) {
        Mark m = marks.get(mi++);
        out.add(m.type() == MarkType.ITALIC ? Inline.italic(b.span(pos, m.end()))
            : Inline.mark(b.span(pos, m.end()), m.type().jsonName(), MarkNames.explain(m), m.lang()));
        pos = m.end();
        continue;
      }
      if (li < links.size() && links.get(li).offset() == pos) {
        Mention m = links.get(li++);
        out.add(registers.link(m, b.span(pos, m.end())));
        pos = m.end();
        continue;
      }
      int stop = len;
      if (mi < marks.size()) stop = Math.min(stop, marks.get(mi).offset());
      if (li < links.size()) stop = Math.min(stop, links.get(li).offset());
      if (ni < calls.size()) stop = Math.min(stop, calls.get(ni).offset());
      if (pi < pages.size()) stop = Math.min(stop, Math.max(pos + 1, pages.get(pi).offset()));
      out.add(Inline.text(b.span(pos, stop)));
      pos = stop;
    }
    return out;
  }

  /** A note's text split at the names it tags, as in a block (a note has no marks or calls of its own). */
  static List<Inline> noteInlines(Note n, RegisterLinks registers) {
    if (n.mentions().isEmpty()) return List.of(Inline.text(n.text()));
    Block asBlock = new Block(1, BlockKind.PARAGRAPH, null, n.text(), List.of(), n.mentions());
    return inlines(asBlock, List.of(), registers);
  }

  /**
   * The mentions shown as links: those whose entry the edition's register has (with a URL-safe
   * id), that cross no shown mark, note call or page break, and do not overlap an earlier one.
   */
  private static List<Mention> linked(Block b, List<Mark> marks, List<Note> calls, List<Mark> pages,
      RegisterLinks registers) {
    List<Mention> out = new ArrayList<>();
    int end = 0;
    for (Mention m : b.mentions()) {
      if (m.offset() < end || registers.find(m) == null) continue;
      boolean crosses = marks.stream().anyMatch(k -> k.offset() < m.end() && m.offset() < k.end())
          || calls.stream().anyMatch(n -> n.offset() > m.offset() && n.offset() < m.end())
          || pages.stream().anyMatch(p -> p.offset() > m.offset() && p.offset() < m.end());
      if (crosses) continue;
      out.add(m);
      end = m.end();
    }
    return out;
  }

  /**
   * The marks shown as spans: page breaks are shown apart, and italics only where they cross no
   * editorial mark (the editors' sign matters more than the typeface).
   */
  private static List<Mark> shown(List<Mark> marks) {
    List<Mark> out = new ArrayList<>(marks.size());
    for (Mark m : marks) {
      if (m.type() == MarkType.PAGE_BREAK || m.length() == 0) continue;
      if (m.type() == MarkType.ITALIC && marks.stream().anyMatch(o -> o.type() != MarkType.ITALIC
          && o.type() != MarkType.PAGE_BREAK && o.offset() < m.end() && m.offset() < o.end())) {
        continue;
      }
      out.add(m);
    }
    return out;
  }

  private static List<DocumentView.LegendEntry> legend(Document d) {
    Set<MarkType> used = EnumSet.noneOf(MarkType.class);
    d.blocks().forEach(b -> b.marks().forEach(m -> used.add(m.type())));
    used.removeAll(EnumSet.of(MarkType.PAGE_BREAK, MarkType.ITALIC)); // shown as they are printed, not as signs
    return used.stream()
        .map(t -> new DocumentView.LegendEntry(t.jsonName(), MarkNames.legend(t)))
        .toList();
  }
}
