package org.dossier.tei;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.DocDate;
import org.dossier.model.Document;
import org.dossier.model.Note;
import org.dossier.model.Provenance;
import org.dossier.model.Source;
import org.dossier.model.Speaker;
import org.jspecify.annotations.Nullable;

/** Reads Dossier TEI back into a {@link Document}; see {@link DossierTei} for the mapping. */
final class TeiReader {
  private TeiReader() {}

  static Document read(InputStream in, String name) throws SourceException, IOException {
    XElement root = parse(in, name);
    try {
      return document(root);
    } catch (NotDossierTei e) {
      throw new SourceException("not Dossier TEI: " + e.getMessage(), name, e.line(), e.column(), e.getCause());
    }
  }

  // ---------------------------------------------------------------- XML to tree

  static XElement parse(InputStream in, String name) throws SourceException, IOException {
    XMLStreamReader r = null;
    try {
      r = SecureXml.reader(in, name);
      Deque<XElement> open = new ArrayDeque<>();
      XElement root = null;
      while (r.hasNext()) {
        int event = r.next();
        switch (event) {
          case XMLStreamConstants.START_ELEMENT -> {
            Location at = r.getLocation();
            if (!TeiNames.TEI_NS.equals(r.getNamespaceURI())) {
              throw new SourceException("not Dossier TEI: element <" + r.getLocalName() + "> is not in the TEI namespace",
                  name, at.getLineNumber(), at.getColumnNumber(), null);
            }
            XElement e = new XElement(r.getLocalName(), at.getLineNumber(), at.getColumnNumber());
            for (int i = 0; i < r.getAttributeCount(); i++) {
              String ns = r.getAttributeNamespace(i);
              String local = r.getAttributeLocalName(i);
              String key = ns == null || ns.isEmpty() ? local
                  : TeiNames.XML_NS.equals(ns) ? "xml:" + local : "{" + ns + "}" + local;
              e.attr(key, r.getAttributeValue(i));
            }
            if (open.isEmpty()) root = e;
            else open.peek().add(e);
            open.push(e);
          }
          case XMLStreamConstants.END_ELEMENT -> open.pop();
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
            if (!open.isEmpty()) open.peek().append(r.getText());
          }
          case XMLStreamConstants.ENTITY_REFERENCE -> {
            Location at = r.getLocation();
            throw new SourceException("undeclared entity &" + r.getLocalName() + ";", name,
                at.getLineNumber(), at.getColumnNumber(), null);
          }
          default -> { }
        }
      }
      if (root == null) throw new SourceException("no root element", name);
      return root;
    } catch (XMLStreamException e) {
      // A CharConversionException is bad bytes in the file, not a failure to read it.
      if (e.getNestedException() instanceof IOException io && !(io instanceof java.io.CharConversionException)) throw io;
      if (e.getCause() instanceof IOException io && !(io instanceof java.io.CharConversionException)) throw io;
      Location at = e.getLocation();
      String message = String.valueOf(e.getMessage());
      int newline = message.indexOf('\n');
      if (newline >= 0) message = message.substring(0, newline);
      message = message.replaceFirst("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
      throw new SourceException("not well-formed XML: " + message.strip(), name,
          at == null ? 0 : at.getLineNumber(), at == null ? 0 : at.getColumnNumber(), e);
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // closing a reader never closes the caller's stream; nothing to release
        }
      }
    }
  }

  // ---------------------------------------------------------------- tree to model

  private static Document document(XElement tei) throws NotDossierTei {
    if (!tei.name().equals("TEI")) throw new NotDossierTei("the root element is <" + tei.name() + ">, not <TEI>", tei);
    XElement header = expect(tei, "teiHeader");
    XElement fileDesc = expect(header, "fileDesc");
    XElement encodingDesc = expect(header, "encodingDesc",
        "no <encodingDesc> naming the application ident=\"dossier\"");
    boolean ours = false;
    for (XElement appInfo : encodingDesc.elements("appInfo")) {
      for (XElement app : appInfo.elements("application")) ours |= TeiNames.APP_IDENT.equals(app.attr("ident"));
    }
    if (!ours) throw new NotDossierTei("no <application ident=\"dossier\"> in <encodingDesc>", encodingDesc);

    XElement titleStmt = expect(fileDesc, "titleStmt");
    XElement pub = expect(fileDesc, "publicationStmt");
    XElement idno = pub.find("idno", "dossier")
        .orElseThrow(() -> new NotDossierTei("no <idno type=\"dossier\"> in <publicationStmt>", pub));
    List<Note> notes = new ArrayList<>();
    XElement titleElement = expect(titleStmt, "title");
    BlockCodec.Content title = BlockCodec.decode(titleElement, 1);
    for (BlockCodec.Call call : title.calls()) notes.add(newNote(titleElement, call, null));
    Document.Builder b = Document.builder(BlockCodec.textOnly(idno), title.text()).titleMarks(title.marks())
        .titleMentions(title.mentions());
    b.editors(texts(titleStmt.elements("editor")));
    b.edition(optionalText(pub.find("idno", "edition").orElse(null)));
    b.number(optionalText(pub.find("idno", "number").orElse(null)));
    XElement availability = pub.find("availability").orElse(null);
    if (availability != null) b.rights(optionalText(expect(availability, "p")));
    XElement series = fileDesc.find("seriesStmt").orElse(null);
    if (series != null) b.editionTitle(optionalText(expect(series, "title")));
    b.source(source(expect(fileDesc, "sourceDesc"), translator(titleStmt)));

    XElement profile = header.find("profileDesc").orElse(null);
    if (profile != null) profile(profile, b);
    XElement revision = header.find("revisionDesc").orElse(null);
    if (revision != null) b.provenance(provenance(revision));

    XElement text = expect(tei, "text");
    List<Block> headnote = new ArrayList<>();
    Pages pages = new Pages();
    XElement front = text.find("front").orElse(null);
    if (front != null) blocks(expect(front, "div"), headnote, notes, pages);
    List<Block> body = new ArrayList<>();
    XElement div = expect(expect(text, "body"), "div");
    List<String> sections = new ArrayList<>();
    while ("section".equals(div.attr("type"))) {
      List<XElement> children = elementsOnly(div);
      if (children.size() != 2 || !children.get(0).name().equals("head") || !children.get(1).name().equals("div")) {
        throw new NotDossierTei("a section <div> holds its <head> and one <div>", div);
      }
      sections.add(BlockCodec.textOnly(children.get(0)));
      div = children.get(1);
    }
    if (!"document".equals(div.attr("type"))) throw new NotDossierTei("the body's <div> is not type=\"document\"", div);
    blocks(div, body, notes, pages);
    b.sections(sections);
    b.headnote(headnote).paragraphs(body).notes(noteOrder(text, notes));
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new NotDossierTei(e.getMessage(), tei, e);
    }
  }

  private static Note newNote(XElement at, BlockCodec.Call call, @Nullable Integer paragraph)
      throws NotDossierTei {
    try {
      return new Note(call.n(), paragraph, call.offset(), call.text(), call.mentions());
    } catch (IllegalArgumentException e) {
      throw new NotDossierTei(e.getMessage(), at, e);
    }
  }

  private static @Nullable String translator(XElement titleStmt) throws NotDossierTei {
    for (XElement resp : titleStmt.elements("respStmt")) {
      XElement what = expect(resp, "resp");
      if ("translated by".equals(BlockCodec.textOnly(what))) return BlockCodec.textOnly(expect(resp, "name"));
    }
    return null;
  }

  private static @Nullable Source source(XElement sourceDesc, @Nullable String translator) throws NotDossierTei {
    XElement bibl = sourceDesc.find("bibl", "source").orElse(null);
    if (bibl == null) {
      if (translator != null) throw new NotDossierTei("a translator but no <bibl type=\"source\">", sourceDesc);
      return null;
    }
    String archive = null;
    String fond = null;
    String opis = null;
    String delo = null;
    String holding = null;
    XElement ms = sourceDesc.find("msDesc").orElse(null);
    if (ms != null) {
      XElement id = expect(ms, "msIdentifier");
      archive = optionalText(id.find("repository").orElse(null));
      fond = optionalText(id.find("collection", "fond").orElse(null));
      opis = optionalText(id.find("collection", "opis").orElse(null));
      delo = optionalText(id.find("idno", "delo").orElse(null));
      XElement alt = id.find("altIdentifier", "holding").orElse(null);
      if (alt != null) holding = optionalText(alt.find("repository").orElse(null));
    }
    return new Source(BlockCodec.textOnly(bibl), archive, fond, opis, delo, holding, translator);
  }

  private static void profile(XElement profile, Document.Builder b) throws NotDossierTei {
    XElement creation = profile.find("creation").orElse(null);
    if (creation != null) {
      XElement date = creation.find("date").orElse(null);
      if (date != null) {
        try {
          b.date(new DocDate(dateAttr(date, "when"), dateAttr(date, "notBefore"), dateAttr(date, "notAfter")));
        } catch (IllegalArgumentException e) {
          throw new NotDossierTei("bad date: " + e.getMessage(), date, e);
        }
      }
      b.place(optionalText(creation.find("placeName").orElse(null)));
    }
    XElement langUsage = profile.find("langUsage").orElse(null);
    if (langUsage != null) b.language(expect(langUsage, "language").attr("ident"));
    XElement textClass = profile.find("textClass").orElse(null);
    if (textClass != null) b.type(optionalText(expect(textClass, "classCode")));
    XElement partic = profile.find("particDesc").orElse(null);
    if (partic != null) {
      List<String> people = new ArrayList<>();
      for (XElement person : expect(partic, "listPerson").elements("person")) {
        people.add(BlockCodec.textOnly(expect(person, "persName")));
      }
      b.participants(people);
    }
  }

  private static @Nullable String dateAttr(XElement date, String name) {
    String v = date.attr(name);
    return v != null ? v : date.attr(name + "-iso");
  }

  private static Provenance provenance(XElement revisionDesc) throws NotDossierTei {
    XElement change = revisionDesc.find("change", "import")
        .orElseThrow(() -> new NotDossierTei("no <change type=\"import\"> in <revisionDesc>", revisionDesc));
    XElement file = change.find("name", "file")
        .orElseThrow(() -> new NotDossierTei("no <name type=\"file\"> in the import <change>", change));
    XElement format = change.find("name", "format")
        .orElseThrow(() -> new NotDossierTei("no <name type=\"format\"> in the import <change>", change));
    String fileName = BlockCodec.textOnly(file);
    // Dossier writes the name of the file it imported, never its folders: a path here was put there by hand.
    if (fileName.indexOf('/') >= 0 || fileName.indexOf('\\') >= 0) {
      throw new NotDossierTei("bad provenance: <name type=\"file\"> must be a file name, not a path: '" + fileName + "'", file);
    }
    try {
      return new Provenance(fileName, BlockCodec.textOnly(format),
          optionalText(change.find("date").orElse(null)));
    } catch (IllegalArgumentException e) {
      throw new NotDossierTei("bad provenance: " + e.getMessage(), change, e);
    }
  }

  // ---------------------------------------------------------------- blocks

  /** The printed page the reader is on, changed by {@code pb} between blocks and page breaks inside them. */
  private static final class Pages {
    private @Nullable String current;

    void pb(XElement pb) throws NotDossierTei {
      if (!pb.children().isEmpty()) throw new NotDossierTei("a <pb> between blocks is not empty", pb);
      current = pb.attr("n");
    }

    Block after(Block b) {
      current = b.lastPage();
      return b;
    }
  }

  private static void blocks(XElement container, List<Block> out, List<Note> notes, Pages pages)
      throws NotDossierTei {
    for (Object c : container.children()) {
      if (c instanceof CharSequence s) {
        if (!s.toString().isBlank()) throw new NotDossierTei("text directly in <" + container.name() + ">", container);
        continue;
      }
      XElement e = (XElement) c;
      switch (e.name()) {
        case "sp" -> turn(e, out, notes, pages);
        case "list" -> items(e, null, out, notes, pages);
        case "pb" -> pages.pb(e);
        default -> out.add(block(e, kind(e), null, notes, pages));
      }
    }
  }

  private static void items(XElement list, @Nullable Speaker speaker, List<Block> out, List<Note> notes, Pages pages)
      throws NotDossierTei {
    for (XElement item : elementsOnly(list)) {
      if (item.name().equals("pb")) pages.pb(item);
      else if (item.name().equals("item")) out.add(block(item, BlockKind.ITEM, speaker, notes, pages));
      else throw new NotDossierTei("unexpected <" + item.name() + "> in <list>", item);
    }
  }

  private static void turn(XElement sp, List<Block> out, List<Note> notes, Pages pages) throws NotDossierTei {
    XElement name = expect(sp, "speaker");
    String who = sp.attr("who");
    String role = null;
    String party = null;
    String label = null;
    List<XElement> blocks = new ArrayList<>();
    for (XElement e : elementsOnly(sp)) {
      if (e == name) continue;
      if (e.name().equals("note") && "role".equals(e.attr("type"))) role = BlockCodec.textOnly(e);
      else if (e.name().equals("note") && "party".equals(e.attr("type"))) party = BlockCodec.textOnly(e);
      else if (e.name().equals("note") && "label".equals(e.attr("type"))) label = BlockCodec.textOnly(e);
      else blocks.add(e);
    }
    Speaker speaker;
    try {
      speaker = new Speaker(BlockCodec.textOnly(name), role, who == null ? null : BlockCodec.unpointer(who, sp), party, label);
    } catch (IllegalArgumentException e) {
      throw new NotDossierTei("bad speaker: " + e.getMessage(), sp, e);
    }
    for (XElement e : blocks) {
      if (e.name().equals("list")) items(e, speaker, out, notes, pages);
      else if (e.name().equals("pb")) pages.pb(e);
      else out.add(block(e, kind(e), speaker, notes, pages));
    }
  }

  private static BlockKind kind(XElement e) throws NotDossierTei {
    return switch (e.name()) {
      case "p" -> BlockKind.PARAGRAPH;
      case "head" -> BlockKind.HEADING;
      case "quote" -> BlockKind.QUOTE;
      case "opener" -> BlockKind.OPENER;
      case "closer" -> BlockKind.CLOSER;
      case "stage" -> BlockKind.STAGE;
      case "ab" -> {
        String type = String.valueOf(e.attr("type"));
        try {
          yield BlockKind.fromJsonName(type);
        } catch (IllegalArgumentException ex) {
          throw new NotDossierTei("<ab> has an unknown type '" + type + "'", e, ex);
        }
      }
      default -> throw new NotDossierTei("unexpected <" + e.name() + "> where a block is expected", e);
    };
  }

  private static Block block(XElement e, BlockKind kind, @Nullable Speaker speaker, List<Note> notes, Pages pages)
      throws NotDossierTei {
    int n = BlockCodec.number(e, "n");
    BlockCodec.Content c = BlockCodec.decode(e, n);
    for (BlockCodec.Call call : c.calls()) notes.add(newNote(e, call, n));
    try {
      return pages.after(new Block(n, kind, speaker, c.text(), c.marks(), c.mentions(), pages.current));
    } catch (IllegalArgumentException ex) {
      throw new NotDossierTei(ex.getMessage(), e, ex);
    }
  }

  private static List<Note> noteOrder(XElement text, List<Note> notes) throws NotDossierTei {
    XElement back = text.find("back").orElse(null);
    if (back == null) return notes;
    XElement group = back.find("interpGrp", "note-order").orElse(null);
    if (group == null) return notes;
    XElement interp = expect(group, "interp");
    Map<Integer, Note> byNumber = new LinkedHashMap<>();
    for (Note n : notes) byNumber.put(n.n(), n);
    List<Note> ordered = new ArrayList<>();
    String order = BlockCodec.textOnly(interp).strip();
    Map<Integer, Boolean> seen = new HashMap<>();
    for (String token : order.isEmpty() ? new String[0] : order.split("\\s+")) {
      Note n;
      try {
        n = byNumber.get(Integer.parseInt(token));
      } catch (NumberFormatException e) {
        n = null;
      }
      if (n == null || seen.put(n.n(), true) != null) {
        throw new NotDossierTei("the note order names '" + token + "', which is not a note or is named twice", interp);
      }
      ordered.add(n);
    }
    if (ordered.size() != notes.size()) throw new NotDossierTei("the note order leaves notes out", interp);
    return ordered;
  }

  // ---------------------------------------------------------------- helpers

  private static List<XElement> elementsOnly(XElement e) throws NotDossierTei {
    if (e.hasText()) throw new NotDossierTei("text directly in <" + e.name() + ">", e);
    return e.elements();
  }

  private static XElement expect(XElement parent, String child) throws NotDossierTei {
    return expect(parent, child, "no <" + child + "> in <" + parent.name() + ">");
  }

  private static XElement expect(XElement parent, String child, String message) throws NotDossierTei {
    return parent.find(child).orElseThrow(() -> new NotDossierTei(message, parent));
  }

  private static @Nullable String optionalText(@Nullable XElement e) throws NotDossierTei {
    return e == null ? null : BlockCodec.textOnly(e);
  }

  private static List<String> texts(List<XElement> elements) throws NotDossierTei {
    List<String> out = new ArrayList<>();
    for (XElement e : elements) out.add(BlockCodec.textOnly(e));
    return out;
  }
}
