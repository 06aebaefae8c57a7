package org.dossier.ingest.internal.generictei;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.dossier.ingest.ImportOptions;
import org.dossier.ingest.ImportSink;
import org.dossier.ingest.internal.Limits;
import org.dossier.ingest.Importer;
import org.dossier.ingest.Issues;
import org.dossier.ingest.internal.teitext.TeiXml;
import org.dossier.model.Block;
import org.dossier.model.DocDate;
import org.dossier.model.Document;
import org.dossier.model.Edition;
import org.dossier.model.Ids;
import org.dossier.model.Note;
import org.dossier.model.Provenance;
import org.dossier.model.Source;
import org.dossier.tei.SourceException;
import org.jspecify.annotations.Nullable;

/**
 * Imports a TEI P5 file that is neither Dossier's own, nor a FRUS volume, nor a Parla-CLARIN
 * debate (format {@code tei}): an edition of letters, a diary, a collection of documents.
 *
 * <p>What a document is, in this order (TEI P5 §4.1 on {@code div}, §4.3 on {@code group}, §15.1
 * on {@code teiCorpus}): each outermost {@code div} (or {@code div1}…) whose {@code @type} names a
 * document ({@code document}, {@code letter}, {@code entry}, {@code item}, {@code diaryEntry},
 * {@code despatch}, {@code telegram}, {@code memorandum}, {@code minutes}, {@code report},
 * {@code speech}); else each {@code TEI} of a {@code teiCorpus}; else each {@code text} of a
 * {@code group}; else the file's {@code text} as one document. What {@link UnitParser} keeps of
 * each is described there. A body paragraph outside every document that starts "Source:" is the
 * source of all of them (the Office of the Historian's files print it so); other paragraphs
 * above the first document are that document's headnote, as a page shows them above it; text
 * between or after the documents is reported, not imported.
 *
 * <p>Ids: the file's one document takes the slug of the root's {@code xml:id}, else of the file
 * name; several take that slug, a hyphen and the document's {@code xml:id}, else {@code pos-N}.
 * Title: the first {@code head}, else the document's own header title, else (for a file's only
 * document) the file's header title, else "Document N" with an issue. Date: the {@code date} of
 * the {@code dateline}/{@code docDate} ({@code @when}, or a range), else its text
 * ("Washington, March 3, 1989"), else the header's date of creation. Persons and places listed
 * anywhere ({@code listPerson}, {@code listPlace}) become the edition's registers, handed over
 * before the documents: the file is read twice, the first time for its header and registers.
 * {@code xi:include} is never followed; each is reported as an {@code include} issue with its place.
 */
public final class GenericTeiImporter implements Importer {
  /** The format name. */
  public static final String FORMAT = "tei";

  /** Values of {@code div/@type} that make a division a document of its own. */
  static final Set<String> DOCUMENT_TYPES = Set.of("document", "letter", "entry", "item", "diaryEntry", "diary-entry",
      "despatch", "dispatch", "telegram", "memorandum", "minutes", "report", "speech", "doc");
  /** Types too general to say what kind of document it is. */
  private static final Set<String> VAGUE_TYPES = Set.of("document", "item", "doc", "entry", "text");

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public void read(Path file, ImportOptions options, ImportSink sink) throws SourceException, IOException {
    String name = String.valueOf(file.getFileName());
    Issues issues = new Issues(name, options.maxIssues(), sink);
    Outline[] outline = new Outline[1];
    TeiXml.read(file, r -> outline[0] = Outline.read(r, name, issues));
    Edition edition = outline[0].edition(name);
    if (edition != null) sink.edition(edition);
    String importedAt = Instant.now(options.clock()).toString();
    TeiXml.read(file, r -> new Documents(Limits.watch(r, sink), name, outline[0], issues, sink, importedAt).run());
  }

  /** Whether an element starts a document under the outline's rule, given its parent. */
  static boolean isDocumentDiv(XMLStreamReader r) {
    String n = r.getLocalName();
    return (n.equals("div") || n.matches("div[1-7]")) && DOCUMENT_TYPES.contains(String.valueOf(TeiXml.attr(r, "type")));
  }

  /** The second pass: one document per unit, in file order. */
  private static final class Documents {
    private final XMLStreamReader r;
    private final String file;
    private final Outline outline;
    private final Issues issues;
    private final ImportSink sink;
    private final String importedAt;
    private final Set<String> ids = new HashSet<>();
    private final Deque<String> path = new ArrayDeque<>();
    private @Nullable String fileSource;
    private int position;
    private int outside;
    private final List<String> preamble = new ArrayList<>();

    Documents(XMLStreamReader r, String file, Outline outline, Issues issues, ImportSink sink, String importedAt) {
      this.r = r;
      this.file = file;
      this.outline = outline;
      this.issues = issues;
      this.sink = sink;
      this.importedAt = importedAt;
    }

    void run() throws XMLStreamException, SourceException, IOException {
      while (r.hasNext()) {
        int e = r.next();
        if (e == XMLStreamConstants.DTD) {
          TeiXml.issue(issues, r, "security", "DOCTYPE ignored: DTDs are never loaded", null);
        } else if (e == XMLStreamConstants.ENTITY_REFERENCE) {
          throw TeiXml.entity(r, file);
        } else if (e == XMLStreamConstants.END_ELEMENT) {
          path.pollLast();
        } else if (e == XMLStreamConstants.START_ELEMENT) {
          element();
        }
      }
      if (position == 0) outside += preamble.size();
      if (outside > 0) {
        issues.add("structure", 0, 0, outside + " paragraph(s) outside every document were not imported", null);
      }
    }

    private void element() throws XMLStreamException, SourceException, IOException {
      String name = r.getLocalName();
      String parent = path.isEmpty() ? "" : path.peekLast();
      if (outline.isUnit(r, parent, path)) {
        unit();
      } else if (name.equals("teiHeader") || name.equals("listPerson") || name.equals("listPlace")
          || name.equals("standOff") || name.equals("facsimile")) {
        TeiXml.skip(r, file);
      } else if ((name.equals("p") || name.equals("ab")) && path.contains("text")) {
        String t = TeiXml.text(r, file, true);
        if (t.startsWith("Source:") && fileSource == null) fileSource = t.substring("Source:".length()).strip();
        else if (!t.isEmpty() && position == 0 && preamble.size() < 10) preamble.add(t);
        else if (!t.isEmpty()) outside++;
      } else {
        path.addLast(name);
      }
    }

    private void unit() throws XMLStreamException, SourceException, IOException {
      position++;
      int line = r.getLocation().getLineNumber();
      int column = r.getLocation().getColumnNumber();
      String xmlId = TeiXml.xmlId(r);
      String type = TeiXml.attr(r, "subtype");
      String divType = TeiXml.attr(r, "type");
      if (type == null && divType != null && !VAGUE_TYPES.contains(divType)) {
        type = divType.equals("diaryEntry") || divType.equals("diary-entry") ? "diary" : divType;
      }
      UnitParser p = new UnitParser(r, file, issues, outline.registers);
      p.parse();
      TeiHeaderReader.Header own = p.header;
      TeiHeaderReader.Header fileHeader = outline.header;
      boolean single = outline.units == 1;
      String title = p.title != null ? p.title : own != null && own.title() != null ? own.title()
          : single && fileHeader != null ? fileHeader.title() : null;
      if (title == null) {
        title = "Document " + (p.number != null ? p.number : Integer.toString(position));
        issues.add("title", line, column, "document " + position + " has no head and no title", "titled '" + title + "'");
      }
      DocDate date = p.date != null ? p.date : created(own, line, column);
      if (date == null && single) date = created(fileHeader, line, column);
      String source = p.source != null ? p.source : fileSource != null ? fileSource
          : own != null ? own.source : single && outline.mode == Outline.Mode.WHOLE && fileHeader != null ? fileHeader.source
          : null;
      String language = p.language != null ? p.language : own != null && own.language != null ? own.language
          : outline.rootLanguage != null ? outline.rootLanguage : fileHeader == null ? null : fileHeader.language;
      Document.Builder b = Document.builder(documentId(xmlId, single, line, column), title)
          .editionTitle(single || fileHeader == null ? null : fileHeader.title())
          .titleMentions(p.title != null ? p.titleMentions : List.of())
          .number(p.number).date(date).place(p.place != null ? p.place : own != null ? own.sentPlace
              : single && fileHeader != null ? fileHeader.sentPlace : null)
          .type(type).language(language)
          .participants(List.copyOf(p.participants))
          .editors(fileHeader == null ? List.of() : fileHeader.editors)
          .headnote(headnote()).paragraphs(shifted(p.blocks)).notes(shiftedNotes(p.notes))
          .source(source == null ? null : Source.ofText(source))
          .provenance(new Provenance(file, FORMAT, importedAt));
      Document built;
      try {
        built = b.build();
      } catch (IllegalArgumentException e) {
        throw new SourceException("document cannot be represented: " + e.getMessage(), file, line, column, e);
      }
      sink.document(built);
      preamble.clear();
    }

    /** The paragraphs above the first document, once, as its headnote; the body is numbered after them. */
    private List<Block> headnote() {
      List<Block> out = new ArrayList<>();
      for (String t : preamble) out.add(Block.paragraph(out.size() + 1, t));
      return out;
    }

    private List<Block> shifted(List<Block> body) {
      if (preamble.isEmpty()) return body;
      return body.stream().map(b -> b.withNumber(b.n() + preamble.size())).toList();
    }

    private List<Note> shiftedNotes(List<Note> notes) {
      if (preamble.isEmpty()) return notes;
      return notes.stream().map(n -> n.paragraph() == null ? n
          : new Note(n.n(), n.paragraph() + preamble.size(), n.offset(), n.text(), n.mentions())).toList();
    }

    private @Nullable DocDate created(TeiHeaderReader.@Nullable Header h, int line, int column) {
      if (h == null || h.created == null && h.createdFrom == null && h.createdTo == null) return null;
      try {
        return h.created != null ? DocDate.of(h.created) : DocDate.range(h.createdFrom, h.createdTo);
      } catch (IllegalArgumentException e) {
        issues.add("date", line, column, "unreadable date of creation: " + e.getMessage(), "left undated");
        return null;
      }
    }

    private String documentId(@Nullable String xmlId, boolean single, int line, int column) {
      String base = outline.baseId(file);
      if (single) {
        ids.add(base);
        return base;
      }
      String candidate = xmlId == null ? null : base + "-" + Ids.slug(xmlId, "pos-" + position);
      if (candidate != null && !ids.add(candidate)) {
        issues.add("id", line, column, "xml:id '" + xmlId + "' is used twice", "numbered by position");
        candidate = null;
      }
      if (candidate == null) {
        candidate = base + "-pos-" + position;
        while (!ids.add(candidate)) candidate = candidate + "-" + position;
      }
      return candidate;
    }
  }

  /** What the first pass learns: the root, the file's header, the registers and how many documents there are. */
  static final class Outline {
    enum Mode { DIVS, CORPUS, GROUP, WHOLE }

    final TeiHeaderReader.Registers registers = new TeiHeaderReader.Registers();
    TeiHeaderReader.@Nullable Header header;
    @Nullable String rootId;
    @Nullable String rootLanguage;
    String root = "";
    Mode mode = Mode.WHOLE;
    int units;

    static Outline read(XMLStreamReader r, String file, Issues issues) throws XMLStreamException, SourceException {
      Outline o = new Outline();
      Deque<String> path = new ArrayDeque<>();
      Deque<Boolean> documentDivs = new ArrayDeque<>();
      int divs = 0;
      int teis = 0;
      int groupTexts = 0;
      int texts = 0;
      int inDiv = 0;
      while (r.hasNext()) {
        int e = r.next();
        if (e == XMLStreamConstants.ENTITY_REFERENCE) throw TeiXml.entity(r, file);
        if (e == XMLStreamConstants.END_ELEMENT) {
          if (Boolean.TRUE.equals(documentDivs.pollLast())) inDiv--;
          path.pollLast();
          continue;
        }
        if (e != XMLStreamConstants.START_ELEMENT) continue;
        String name = r.getLocalName();
        String parent = path.isEmpty() ? "" : path.peekLast();
        if (path.isEmpty()) {
          o.root = name;
          if (!name.equals("TEI") && !name.equals("teiCorpus")) {
            throw new SourceException("not a TEI file: the root element is <" + name + ">, not <TEI> or <teiCorpus>",
                file, r.getLocation().getLineNumber(), r.getLocation().getColumnNumber(), null);
          }
          o.rootId = TeiXml.xmlId(r);
          o.rootLanguage = TeiXml.xmlLang(r);
        }
        if (name.equals("teiHeader")) {
          TeiHeaderReader.Header h = TeiHeaderReader.read(r, file, o.registers);
          if (path.size() == 1) o.header = h;
          continue;
        }
        if (TeiHeaderReader.Registers.isEntry(name) && (parent.equals("listPerson") || parent.equals("listPlace"))) {
          o.registers.read(r, file);
          continue;
        }
        boolean documentDiv = isDocumentDiv(r);
        if (documentDiv) {
          if (inDiv == 0) divs++;
          inDiv++;
        }
        documentDivs.addLast(documentDiv);
        if (name.equals("TEI") && parent.equals("teiCorpus")) teis++;
        if (name.equals("text") && parent.equals("group")) groupTexts++;
        if (name.equals("text") && parent.equals("TEI")) texts++;
        path.addLast(name);
      }
      if (divs > 0) {
        o.mode = Mode.DIVS;
        o.units = divs;
      } else if (teis > 0) {
        o.mode = Mode.CORPUS;
        o.units = teis;
      } else if (groupTexts > 0) {
        o.mode = Mode.GROUP;
        o.units = groupTexts;
      } else {
        o.units = Math.min(texts, 1);
        if (texts == 0) issues.add("structure", 0, 0, "no <text> in the file: nothing to import", null);
      }
      return o;
    }

    /** Whether the element the reader is on is one of the documents. */
    boolean isUnit(XMLStreamReader r, String parent, Deque<String> path) {
      String name = r.getLocalName();
      return switch (mode) {
        case DIVS -> isDocumentDiv(r);
        case CORPUS -> name.equals("TEI") && parent.equals("teiCorpus");
        case GROUP -> name.equals("text") && parent.equals("group");
        case WHOLE -> name.equals("text") && parent.equals("TEI") && path.size() == 1;
      };
    }

    /** The slug documents' ids start with: the root's xml:id, else the file name without extension. */
    String baseId(String file) {
      String stem = file.replaceFirst("\\.[A-Za-z]+$", "");
      return Ids.slug(rootId != null ? rootId : stem, "document");
    }

    /** The edition the file describes, when it brings registers or is a corpus; else null. */
    @Nullable Edition edition(String file) {
      boolean registered = !registers.persons.isEmpty() || !registers.places.isEmpty();
      if (!registered && !root.equals("teiCorpus")) return null;
      String title = header != null && header.title() != null ? header.title() : baseId(file);
      return new Edition(baseId(file), title, header == null ? List.of() : header.editors,
          header == null ? null : header.publisher, header == null ? null : header.licence,
          new ArrayList<>(registers.persons.values()), new ArrayList<>(registers.places.values()), List.of());
    }
  }
}
