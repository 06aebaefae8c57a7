package org.dossier.tei;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.DocDate;
import org.dossier.model.Document;
import org.dossier.model.Mark;
import org.dossier.model.Note;
import org.dossier.model.Provenance;
import org.dossier.model.Source;
import org.dossier.model.Speaker;
import org.jspecify.annotations.Nullable;

/** Builds the TEI tree of a {@link Document} and writes it; see {@link DossierTei} for the mapping. */
final class TeiWriter {
  private TeiWriter() {}

  static void write(Document d, OutputStream out) throws IOException {
    check(d);
    serialize(build(d), out);
  }

  /** Writes only the {@code teiHeader} of {@link #build}, with its namespace, without an XML declaration. */
  static void writeHeader(Document d, OutputStream out) throws IOException {
    check(d);
    XElement header = (XElement) build(d).children().get(0);
    try {
      XMLStreamWriter w = SecureXml.writer(out);
      w.setDefaultNamespace(TeiNames.TEI_NS);
      element(w, header, 0, false, true);
      w.flush();
      w.close();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write TEI: " + e.getMessage(), e);
    }
  }

  // ---------------------------------------------------------------- the tree

  static XElement build(Document d) {
    XElement tei = new XElement("TEI");
    XElement header = tei.add("teiHeader");
    fileDesc(d, header.add("fileDesc"));
    header.add("encodingDesc").add("appInfo").add("application")
        .attr("ident", TeiNames.APP_IDENT).attr("version", TeiNames.APP_VERSION).verbatim(true)
        .addText("label", "Dossier");
    XElement profile = profileDesc(d);
    if (!profile.children().isEmpty()) header.add(profile);
    if (d.provenance() != null) revisionDesc(d.provenance(), header.add("revisionDesc"));
    text(d, tei.add("text").attr("xml:lang", d.language()));
    return tei;
  }

  private static void fileDesc(Document d, XElement fileDesc) {
    XElement titleStmt = fileDesc.add("titleStmt");
    title(d, titleStmt.add("title").verbatim(true));
    for (String editor : d.editors()) titleStmt.addText("editor", editor);
    String translator = d.source() == null ? null : d.source().translator();
    if (translator != null) {
      XElement resp = titleStmt.add("respStmt");
      resp.addText("resp", "translated by");
      resp.addText("name", translator);
    }
    XElement pub = fileDesc.add("publicationStmt");
    pub.addText("authority", "Dossier");
    pub.addText("idno", d.id()).attr("type", "dossier");
    if (d.edition() != null) pub.addText("idno", d.edition()).attr("type", "edition");
    if (d.number() != null) pub.addText("idno", d.number()).attr("type", "number");
    if (d.rights() != null) pub.add("availability").addText("p", d.rights());
    if (d.editionTitle() != null) fileDesc.add("seriesStmt").addText("title", d.editionTitle());
    sourceDesc(d.source(), fileDesc.add("sourceDesc"));
  }

  /** The title is written as a block's content is (its italics and notes inline, or standoff). */
  private static void title(Document d, XElement title) {
    List<Note> notes = d.notes().stream().filter(n -> n.paragraph() == null).toList();
    BlockCodec.encode(titleBlock(d), notes, title, "title");
  }

  /** The title as a block, so that it is encoded as one. */
  static Block titleBlock(Document d) {
    return new Block(1, BlockKind.HEADING, null, d.title(), d.titleMarks(), d.titleMentions());
  }

  private static void sourceDesc(@Nullable Source s, XElement sourceDesc) {
    if (s == null) {
      sourceDesc.addText("p", "No source is recorded.");
      return;
    }
    if (s.archive() != null || s.fond() != null || s.opis() != null || s.delo() != null || s.holding() != null) {
      XElement id = sourceDesc.add("msDesc").add("msIdentifier");
      if (s.archive() != null) id.addText("repository", s.archive());
      if (s.fond() != null) id.addText("collection", s.fond()).attr("type", "fond");
      if (s.opis() != null) id.addText("collection", s.opis()).attr("type", "opis");
      if (s.delo() != null) id.addText("idno", s.delo()).attr("type", "delo");
      if (s.holding() != null) {
        XElement alt = id.add("altIdentifier").attr("type", "holding");
        alt.addText("repository", s.holding());
        alt.add("idno");
      }
    }
    sourceDesc.addText("bibl", s.text()).attr("type", "source");
  }

  private static XElement profileDesc(Document d) {
    XElement profile = new XElement("profileDesc");
    if (d.date() != null || d.place() != null) {
      XElement creation = profile.add("creation");
      if (d.date() != null) date(d.date(), creation.add("date"));
      if (d.place() != null) creation.addText("placeName", d.place());
    }
    if (d.language() != null) profile.add("langUsage").add("language").attr("ident", d.language());
    if (d.type() != null) {
      profile.add("textClass").addText("classCode", d.type()).attr("scheme", TeiNames.TYPE_SCHEME);
    }
    if (!d.participants().isEmpty()) {
      XElement list = profile.add("particDesc").add("listPerson");
      for (String p : d.participants()) list.add("person").addText("persName", p);
    }
    return profile;
  }

  /** {@code @when} etc. where XML Schema accepts the value, else the ISO 8601 variant {@code @when-iso}. */
  private static void date(DocDate date, XElement e) {
    dateAttr(e, "when", date.when());
    dateAttr(e, "notBefore", date.notBefore());
    dateAttr(e, "notAfter", date.notAfter());
  }

  private static void dateAttr(XElement e, String name, @Nullable String value) {
    if (value == null) return;
    boolean xsd = !value.contains("T") && !value.startsWith("0000");
    e.attr(xsd ? name : name + "-iso", value);
  }

  private static void revisionDesc(Provenance p, XElement revisionDesc) {
    XElement change = revisionDesc.add("change").attr("type", "import");
    change.addText("name", p.file()).attr("type", "file");
    change.addText("name", p.format()).attr("type", "format");
    if (p.importedAt() != null) change.addText("date", p.importedAt());
  }

  private static void text(Document d, XElement text) {
    Map<Integer, List<Note>> byBlock = d.notes().stream().filter(n -> n.paragraph() != null)
        .collect(Collectors.groupingBy(Note::paragraph, LinkedHashMap::new, Collectors.toList()));
    Pages pages = new Pages();
    if (!d.headnote().isEmpty()) {
      blocks(d.headnote(), byBlock, pages, text.add("front").add("div").attr("type", "headnote"));
    }
    XElement parent = text.add("body");
    for (String section : d.sections()) {
      parent = parent.add("div").attr("type", "section");
      parent.addText("head", section);
    }
    blocks(d.paragraphs(), byBlock, pages, parent.add("div").attr("type", "document"));
    List<Integer> order = d.notes().stream().map(Note::n).toList();
    if (!order.equals(readingOrder(d, byBlock))) {
      text.add("back").add("interpGrp").attr("type", "note-order")
          .addText("interp", order.stream().map(String::valueOf).collect(Collectors.joining(" ")));
    }
  }

  /**
   * The printed page the reader is on: a block starting on another page than the one the previous
   * block ended on gets a {@code <pb n="…"/>} before it ({@code <pb/>} when its page is unknown).
   */
  private static final class Pages {
    private @Nullable String current;

    void before(Block b, XElement parent) {
      if (!java.util.Objects.equals(b.page(), current)) parent.add("pb").attr("n", b.page());
      current = b.lastPage();
    }
  }

  /** The note numbers in the order the reader meets them: title, then each block by offset. */
  private static List<Integer> readingOrder(Document d, Map<Integer, List<Note>> byBlock) {
    List<Integer> out = new ArrayList<>();
    d.notes().stream().filter(n -> n.paragraph() == null).sorted(Comparator.comparingInt(Note::offset))
        .forEach(n -> out.add(n.n()));
    d.blocks().forEach(b -> byBlock.getOrDefault(b.n(), List.of()).stream()
        .sorted(Comparator.comparingInt(Note::offset)).forEach(n -> out.add(n.n())));
    return out;
  }

  /**
   * Writes blocks into a {@code div}, keeping the div valid: {@code head} and {@code opener} only
   * before any running text, {@code closer} only after it and at the end, blocks of one speaker in
   * one {@code sp}; a heading, opener or closer elsewhere becomes {@code <ab type="heading">} etc.
   */
  private static void blocks(List<Block> blocks, Map<Integer, List<Note>> notes, Pages pages, XElement div) {
    boolean top = true;
    int i = 0;
    while (i < blocks.size()) {
      Block b = blocks.get(i);
      Speaker speaker = b.speaker();
      if (speaker != null) {
        XElement sp = div.add("sp").attr("who", speaker.ref() == null ? null : TeiNames.pointer(speaker.ref()));
        sp.addText("speaker", speaker.name());
        if (speaker.role() != null) sp.addText("note", speaker.role()).attr("type", "role");
        if (speaker.party() != null) sp.addText("note", speaker.party()).attr("type", "party");
        if (speaker.label() != null) sp.addText("note", speaker.label()).attr("type", "label");
        int j = i;
        while (j < blocks.size() && speaker.equals(blocks.get(j).speaker())) j++;
        turn(blocks.subList(i, j), notes, pages, sp);
        top = false;
        i = j;
        continue;
      }
      if (b.kind() != BlockKind.ITEM) pages.before(b, div);
      switch (b.kind()) {
        case ITEM -> {
          XElement list = div.add("list");
          while (i < blocks.size() && blocks.get(i).kind() == BlockKind.ITEM && blocks.get(i).speaker() == null) {
            pages.before(blocks.get(i), list);
            block(blocks.get(i++), "item", notes, list);
          }
          top = false;
          continue;
        }
        case HEADING, OPENER -> {
          if (top) block(b, TeiNames.blockElement(b.kind()), notes, div);
          else fallback(b, notes, div);
        }
        case CLOSER -> {
          if (!top && onlyClosersFrom(blocks, i)) block(b, "closer", notes, div);
          else fallback(b, notes, div);
          top = false;
        }
        default -> {
          block(b, TeiNames.blockElement(b.kind()), notes, div);
          top = false;
        }
      }
      i++;
    }
  }

  private static boolean onlyClosersFrom(List<Block> blocks, int from) {
    for (int k = from; k < blocks.size(); k++) {
      if (blocks.get(k).kind() != BlockKind.CLOSER || blocks.get(k).speaker() != null) return false;
    }
    return true;
  }

  /** The blocks of one speaker's turn: p, quote, stage and list as such, the other kinds as {@code ab}. */
  private static void turn(List<Block> blocks, Map<Integer, List<Note>> notes, Pages pages, XElement sp) {
    int i = 0;
    while (i < blocks.size()) {
      Block b = blocks.get(i);
      if (b.kind() != BlockKind.ITEM) pages.before(b, sp);
      switch (b.kind()) {
        case ITEM -> {
          XElement list = sp.add("list");
          while (i < blocks.size() && blocks.get(i).kind() == BlockKind.ITEM) {
            pages.before(blocks.get(i), list);
            block(blocks.get(i++), "item", notes, list);
          }
          continue;
        }
        case HEADING, OPENER, CLOSER -> fallback(b, notes, sp);
        default -> block(b, TeiNames.blockElement(b.kind()), notes, sp);
      }
      i++;
    }
  }

  private static void fallback(Block b, Map<Integer, List<Note>> notes, XElement parent) {
    block(b, "ab", b.kind().jsonName(), notes, parent);
  }

  private static void block(Block b, String element, Map<Integer, List<Note>> notes, XElement parent) {
    block(b, element, null, notes, parent);
  }

  private static void block(
      Block b, String element, @Nullable String type, Map<Integer, List<Note>> notes, XElement parent) {
    XElement e = parent.add(element).attr("type", type).attr("n", Integer.toString(b.n())).verbatim(true);
    BlockCodec.encode(b, notes.getOrDefault(b.n(), List.of()), e);
  }

  // ---------------------------------------------------------------- checks

  /**
   * Rejects what XML 1.0 or the schema cannot hold: characters outside the XML character range
   * (controls other than tab, LF and CR; unpaired surrogates; U+FFFE, U+FFFF), language tags that
   * are not {@code xsd:language}, title notes past the end of the title.
   */
  static void check(Document d) {
    String id = d.id();
    chars(id, "title", d.title());
    chars(id, "edition title", d.editionTitle());
    chars(id, "number", d.number());
    chars(id, "place", d.place());
    chars(id, "type", d.type());
    chars(id, "rights", d.rights());
    if (d.language() != null && !TeiNames.isLanguage(d.language())) {
      throw new IllegalArgumentException("document " + id + ": language '" + d.language()
          + "' is not a BCP 47 tag TEI accepts ([a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*)");
    }
    for (String p : d.participants()) chars(id, "participant", p);
    for (String section : d.sections()) chars(id, "section", section);
    for (Mark m : d.titleMarks()) chars(id, "title mark at " + m.offset(), m.text());
    for (String e : d.editors()) chars(id, "editor", e);
    d.blocks().forEach(b -> {
      String where = "paragraph " + b.n();
      chars(id, where, b.text());
      chars(id, where + " page", b.page());
      if (b.speaker() != null) {
        chars(id, where + " speaker", b.speaker().name());
        chars(id, where + " speaker role", b.speaker().role());
        chars(id, where + " speaker party", b.speaker().party());
        chars(id, where + " speaker label", b.speaker().label());
      }
      for (Mark m : b.marks()) {
        chars(id, where + " mark at " + m.offset(), m.text());
        if (m.lang() != null && !TeiNames.isLanguage(m.lang())) {
          throw new IllegalArgumentException("document " + id + ", " + where + ": mark language '" + m.lang()
              + "' is not a BCP 47 tag TEI accepts");
        }
      }
    });
    int titleLength = d.title().codePointCount(0, d.title().length());
    for (Note n : d.notes()) {
      chars(id, "note " + n.n(), n.text());
      if (n.paragraph() == null && n.offset() > titleLength) {
        throw new IllegalArgumentException("document " + id + ": title note " + n.n() + " is called at offset "
            + n.offset() + ", past the end of the title (" + titleLength + " code points)");
      }
    }
    Source s = d.source();
    if (s != null) {
      for (String v : new String[] {s.text(), s.archive(), s.fond(), s.opis(), s.delo(), s.holding(), s.translator()}) {
        chars(id, "source", v);
      }
    }
    Provenance p = d.provenance();
    if (p != null) {
      chars(id, "provenance file", p.file());
      chars(id, "provenance format", p.format());
      chars(id, "provenance date", p.importedAt());
    }
  }

  private static void chars(String id, String where, @Nullable String value) {
    if (value == null) return;
    int offset = 0;
    for (int i = 0; i < value.length(); offset++) {
      int cp = value.codePointAt(i);
      boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
          || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000;
      if (!ok) {
        throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
            "document %s: %s holds U+%04X at code point %d, which XML 1.0 cannot represent", id, where, cp, offset));
      }
      i += Character.charCount(cp);
    }
  }

  // ---------------------------------------------------------------- serialising

  static void serialize(XElement root, OutputStream out) throws IOException {
    // The declaration is written by hand so that it reads with double quotes, as TEI files usually do.
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".getBytes(StandardCharsets.UTF_8));
    try {
      XMLStreamWriter w = SecureXml.writer(out);
      w.setDefaultNamespace(TeiNames.TEI_NS);
      element(w, root, 0, false, true);
      w.writeCharacters("\n");
      w.writeEndDocument();
      w.flush();
      w.close();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write TEI: " + e.getMessage(), e);
    }
  }

  private static void element(XMLStreamWriter w, XElement e, int depth, boolean inVerbatim, boolean root)
      throws XMLStreamException {
    boolean empty = e.children().isEmpty();
    if (empty) w.writeEmptyElement(TeiNames.TEI_NS, e.name());
    else w.writeStartElement(TeiNames.TEI_NS, e.name());
    if (root) w.writeDefaultNamespace(TeiNames.TEI_NS);
    for (Map.Entry<String, String> a : e.attributes().entrySet()) {
      if (a.getKey().startsWith("xml:")) w.writeAttribute("xml", TeiNames.XML_NS, a.getKey().substring(4), a.getValue());
      else w.writeAttribute(a.getKey(), a.getValue());
    }
    if (empty) return;
    boolean verbatim = inVerbatim || e.verbatim() || e.hasText();
    for (Object c : e.children()) {
      if (c instanceof XElement child) {
        if (!verbatim) w.writeCharacters("\n" + "  ".repeat(depth + 1));
        element(w, child, depth + 1, verbatim, false);
      } else if (verbatim) {
        w.writeCharacters(c.toString());
      } else if (!c.toString().isBlank()) { // blank text here is indentation, rewritten above
        throw new IllegalStateException("text in element content of <" + e.name() + ">");
      }
    }
    if (!verbatim) w.writeCharacters("\n" + "  ".repeat(depth));
    w.writeEndElement();
  }
}
