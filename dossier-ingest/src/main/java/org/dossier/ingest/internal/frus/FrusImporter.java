package org.dossier.ingest.internal.frus;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.dossier.tei.SourceException;
import org.dossier.ingest.ImportIssue;
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
import org.dossier.model.Provenance;
import org.dossier.model.RegisterEntry;
import org.jspecify.annotations.Nullable;

/**
 * Imports a FRUS TEI volume (format {@code tei-frus}), streaming: each
 * {@code div[@type='document']} is handed to the sink as soon as its end tag is read, after the
 * edition (title, editors, publisher, persons and terms registers) read from the header and the
 * front matter.
 *
 * <p>Document ids are the volume id, a hyphen and the document's {@code xml:id}
 * ({@code frus1981-88v05-d1}); a document without a usable {@code xml:id} gets one from its
 * position ({@code frus1872p2v5-pos-17}) and an issue of kind {@code id}. A file whose root has
 * neither {@code xml:id} nor a FRUS {@code idno} (the Office of the Historian's single-document
 * files) is one document: its title and date come from the header
 * ({@code title[@type='complete']}, {@code date[@type='created']/@when}), its id from the file
 * name, and its {@code div[@type='document']}s become sections.
 *
 * <p>Dates: the document's own first dateline's {@code date/@when} (never an enclosure's), else
 * {@code frus:doc-dateTime-min/max} (a range unless equal), else {@code @notBefore/@notAfter}; a
 * dateline that says "undated" (or whose date's {@code @ana} does) leaves the document undated.
 * Omissions: a {@code gap} prints as its {@code desc} in brackets, else as its reason
 * ({@code [illegible]}); {@code reason='deleted'} prints as {@code [text not declassified]}, the
 * form FRUS volumes use for withheld text; each is an OMISSION mark. Footnotes keep only their call
 * position in the text, wherever they sit; the source note ({@code note[@type='source']}) becomes
 * the document's source, not a note; old volumes' inline source lines
 * ({@code note[@type='source'][@rend='inline']} before the text: "File No. 861.51/131",
 * "[Telegram]") are the source too, not a headnote, a bare "No. 12." the number. The type is
 * {@code @subtype} unless it is the generic "historical-document", else what a source line or the
 * title's opening words name ({@link FrusTypes}). {@code seg[@type='margin']} and italic
 * {@code hi} are MARGIN and ITALIC marks (italics in the title are the title's marks); the title
 * loses its printed number. The sections are the heads of the body's divisions that hold the
 * document ({@link FrusSections}); each block starts on the page of the last {@code pb} before it,
 * and a {@code pb} inside it is a PAGE_BREAK mark. Dialogue lines become turns
 * ({@link FrusDialogue}). {@code persName/@corresp} and {@code gloss/@target} in block text become
 * PERSON and TERM mentions (those inside titles and notes are not kept: notes are plain text in
 * the model). {@code xi:include} is never followed: a FRUS volume is one file, and an include in
 * one is reported as an issue ({@code include}) with its line, so that nothing is left out in
 * silence.
 */
public final class FrusImporter implements Importer {
  /** The format name. */
  public static final String FORMAT = "tei-frus";

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public void read(Path file, ImportOptions options, ImportSink sink) throws SourceException, IOException {
    String name = String.valueOf(file.getFileName());
    Issues issues = new Issues(name, options.maxIssues(), sink);
    TeiXml.read(file, r -> new Volume(name, Limits.watch(r, sink), options, sink, issues).run());
  }

  /** The state of one volume being read. */
  private static final class Volume {
    private final String file;
    private final XMLStreamReader r;
    private final ImportSink sink;
    private final Issues issues;
    private final String importedAt;
    private @Nullable String rootId;
    private @Nullable String lang;
    private @Nullable FrusHeader header;
    private final List<RegisterEntry> persons = new ArrayList<>();
    private final List<RegisterEntry> terms = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private boolean editionSent;
    private int position;
    private int depth;
    private boolean inBody;
    private @Nullable String page;
    private final FrusSections sections = new FrusSections();

    Volume(String file, XMLStreamReader r, ImportOptions options, ImportSink sink, Issues issues) {
      this.file = file;
      this.r = r;
      this.sink = sink;
      this.issues = issues;
      this.importedAt = Instant.now(options.clock()).toString();
    }

    void run() throws XMLStreamException, SourceException, IOException {
      boolean rootSeen = false;
      while (r.hasNext()) {
        int e = r.next();
        if (e == XMLStreamConstants.DTD) {
          TeiXml.issue(issues, r, "security", "DOCTYPE ignored: DTDs are never loaded", null);
        } else if (e == XMLStreamConstants.ENTITY_REFERENCE) {
          throw TeiXml.entity(r, file);
        } else if (e == XMLStreamConstants.START_ELEMENT) {
          depth++;
          if (!rootSeen) {
            rootSeen = true;
            rootId = TeiXml.xmlId(r);
            lang = TeiXml.xmlLang(r);
            continue;
          }
          if (element()) depth--;
        } else if (e == XMLStreamConstants.END_ELEMENT) {
          sections.end(depth--);
        }
      }
      if (!rootSeen) throw new SourceException("no root element", file);
      if (!single()) sendEdition();
    }

    private boolean single() {
      return rootId == null && (header == null || header.idno == null);
    }

    private @Nullable String volumeId;

    private String volumeId() {
      if (volumeId == null) {
        String id = rootId != null ? rootId : header != null ? header.idno : null;
        volumeId = id == null ? "frus" : Ids.isUrlSafe(id) ? id : Ids.slug(id, "frus");
      }
      return volumeId;
    }

    /** Handles a start tag; true when the element was read to its end tag. */
    private boolean element() throws XMLStreamException, SourceException, IOException {
      String name = r.getLocalName();
      if (TeiXml.isInclude(r)) {
        TeiXml.unfollowedInclude(r, file, issues, "a FRUS volume");
        return true;
      }
      if (name.equals("teiHeader") && header == null) {
        header = FrusHeader.read(r, file);
        return true;
      } else if (name.equals("div")) {
        String xmlId = TeiXml.xmlId(r);
        if ("persons".equals(xmlId)) {
          register(persons, "persons", "persName");
          return true;
        } else if ("terms".equals(xmlId)) {
          register(terms, "terms", "term");
          return true;
        } else if (!single() && "document".equals(TeiXml.attr(r, "type"))) {
          document(xmlId);
          return true;
        } else if (inBody) {
          sections.open(depth);
        }
      } else if (name.equals("head") && sections.expectsHead(depth)) {
        sections.head(TeiXml.text(r, file, true));
        return true;
      } else if (name.equals("pb")) {
        page = FrusDocumentParser.pageNumber(r);
      } else if (name.equals("body")) {
        inBody = true;
        if (single()) {
          singleDocument();
          return true;
        }
        sendEdition();
      }
      return false;
    }

    /** Reads a register, and says so when the volume declares it but not one entry could be read. */
    private void register(List<RegisterEntry> into, String name, String entryElement)
        throws XMLStreamException, SourceException {
      int line = r.getLocation().getLineNumber();
      int column = r.getLocation().getColumnNumber();
      int before = into.size();
      FrusRegister.read(r, file, entryElement, into);
      if (into.size() == before) {
        issues.add(ImportIssue.EMPTY_REGISTER, line, column, "the register of " + name + " (div xml:id=\"" + name
            + "\") holds no entry that could be read", "each item needs a " + entryElement + " with an xml:id");
      }
    }

    private void sendEdition() throws IOException {
      if (editionSent) return;
      editionSent = true;
      FrusHeader h = header != null ? header : new FrusHeader();
      String title = h.volumeTitle();
      sink.edition(new Edition(volumeId(), title == null ? volumeId() : title, h.editors, h.publisher,
          h.licence, persons, List.of(), terms, h.imprint()));
    }

    private void document(@Nullable String xmlId) throws XMLStreamException, SourceException, IOException {
      sendEdition();
      position++;
      int line = r.getLocation().getLineNumber();
      int column = r.getLocation().getColumnNumber();
      String n = TeiXml.attr(r, "n");
      String subtype = TeiXml.attr(r, "subtype");
      String min = TeiXml.attr(r, TeiXml.FRUS, "doc-dateTime-min");
      String max = TeiXml.attr(r, TeiXml.FRUS, "doc-dateTime-max");
      String notBefore = TeiXml.attr(r, "notBefore");
      String notAfter = TeiXml.attr(r, "notAfter");
      String id = documentId(xmlId, line, column);
      FrusDocumentParser p = new FrusDocumentParser(r, file, issues, false, page);
      p.parse();
      page = p.page();
      p.dateFallback(min, max, notBefore, notAfter);
      String number = n != null ? n : p.printedNumber();
      String stripped = p.stripNumber(number);
      if (number == null) number = stripped;
      String title = p.title == null ? "" : p.title;
      emit(p, Document.builder(id, title).number(number).type(p.type(subtype)).titleMarks(p.titleMarks())
          .titleMentions(p.titleMentions())
          .sections(sections.titles()), null, line, column);
    }

    private void singleDocument() throws XMLStreamException, SourceException, IOException {
      FrusHeader h = header != null ? header : new FrusHeader();
      int line = r.getLocation().getLineNumber();
      int column = r.getLocation().getColumnNumber();
      String stem = file.replaceFirst("\\.[A-Za-z]+$", "");
      String id = Ids.slug(stem, "document");
      FrusDocumentParser p = new FrusDocumentParser(r, file, issues, true, null);
      p.parse();
      String title = h.titles.getOrDefault("complete", h.titles.getOrDefault("", h.titles.getOrDefault("short", stem)));
      DocDate created = null;
      if (h.created != null) {
        try {
          created = DocDate.of(h.created);
        } catch (IllegalArgumentException e) {
          issues.add("date", line, column, "unreadable created date: " + e.getMessage(), "left undated");
        }
      }
      emit(p, Document.builder(id, title), created, line, column);
    }

    private void emit(FrusDocumentParser p, Document.Builder b, @Nullable DocDate headerDate, int line, int column)
        throws IOException, SourceException {
      List<Block> headnote = p.headnote();
      FrusDialogue.Result dialogue = FrusDialogue.apply(headnote.size(), p.body(), p.notes(), p.bodyLines());
      Document.Builder full = b
          .editionTitle(single() ? null : header == null ? null : header.volumeTitle())
          .edition(single() ? null : volumeId())
          .place(p.place)
          .language(lang)
          .participants(p.participants)
          .editors(header == null || single() ? List.of() : header.editors)
          .headnote(headnote)
          .paragraphs(dialogue.body())
          .notes(dialogue.notes())
          .source(p.source != null ? p.source : p.sourceFromHeadnote())
          .provenance(new Provenance(file, FORMAT, importedAt));
      full.date(headerDate != null ? headerDate : p.date);
      Document built;
      try {
        built = full.build();
      } catch (IllegalArgumentException e) {
        // A model invariant the source breaks in a way no repair above foresaw: fail with the place.
        throw new SourceException("document cannot be represented: " + e.getMessage(), file, line, column, e);
      }
      sink.document(built);
    }

    private String documentId(@Nullable String xmlId, int line, int column) {
      String volume = volumeId();
      String candidate = xmlId == null ? null : volume + "-" + xmlId;
      if (candidate != null && !Ids.isUrlSafe(candidate)) {
        String slug = volume + "-" + Ids.slug(xmlId, "pos-" + position);
        issues.add("id", line, column, "xml:id '" + xmlId + "' is not URL-safe", "use " + slug);
        candidate = Ids.isUrlSafe(slug) ? slug : null;
      }
      if (candidate != null && !ids.add(candidate)) {
        issues.add("id", line, column, "xml:id '" + xmlId + "' is used twice", "numbered by position");
        candidate = null;
      }
      if (candidate == null) {
        candidate = volume + "-pos-" + position;
        if (xmlId == null) {
          issues.add("id", line, column, "document " + position + " has no xml:id", "use " + candidate);
        }
        ids.add(candidate);
      }
      return candidate;
    }
  }
}
