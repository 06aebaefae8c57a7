package org.dossier.ingest.internal.frus;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.dossier.tei.SourceException;
import org.dossier.ingest.ImportIssue;
import org.dossier.ingest.ImportOptions;
import org.dossier.ingest.ImportSink;
import org.dossier.ingest.Importer;
import org.dossier.ingest.Issues;
import org.dossier.tei.SecureXml;
import org.dossier.ingest.internal.teitext.TeiXml;
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
 * <p>Dates: {@code dateline//date/@when}, else {@code frus:doc-dateTime-min/max} (a range unless
 * equal), else {@code @notBefore/@notAfter}. Omissions: a {@code gap} prints as its
 * {@code desc} in brackets, else as its reason ({@code [illegible]}); {@code reason='deleted'}
 * prints as {@code [text not declassified]}, the form FRUS volumes use for withheld text; each is
 * an OMISSION mark. Footnotes keep only their call position in the text; the source note
 * ({@code note[@type='source']}) becomes the document's source, not a note; old volumes' inline
 * source lines ({@code note[@type='source'][@rend='inline']}) are headnote blocks, the first that
 * is neither bracketed nor a bare number also the source, and a bracketed one ({@code [Telegram]})
 * the type when {@code @subtype} is absent. {@code seg[@type='margin']} side notes become notes
 * numbered after the printed ones. {@code persName/@corresp} and {@code gloss/@target} in block
 * text become PERSON and TERM mentions (those inside titles and notes are not kept: titles and
 * notes are plain text in the model). {@code xi:include} is never followed.
 */
public final class FrusImporter implements Importer {
  /** The format name. */
  public static final String FORMAT = "tei-frus";

  private static final Pattern NUMBER_PREFIX = Pattern.compile("^(\\d+[A-Za-z]?)\\.\\s+");

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public void read(Path file, ImportOptions options, ImportSink sink) throws SourceException, IOException {
    String name = String.valueOf(file.getFileName());
    Issues issues = new Issues(name, options.maxIssues(), sink);
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      XMLStreamReader r;
      try {
        r = SecureXml.reader(in, name);
      } catch (XMLStreamException e) {
        throw TeiXml.malformed(e, name);
      }
      try {
        new Volume(name, r, options, sink, issues).run();
      } catch (XMLStreamException e) {
        throw TeiXml.malformed(e, name, r);
      } finally {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // closing a reader over a stream we close ourselves cannot lose data
        }
      }
    }
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
          if (!rootSeen) {
            rootSeen = true;
            rootId = TeiXml.xmlId(r);
            lang = TeiXml.xmlLang(r);
            continue;
          }
          element();
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

    private void element() throws XMLStreamException, SourceException, IOException {
      String name = r.getLocalName();
      if (name.equals("teiHeader") && header == null) {
        header = FrusHeader.read(r, file);
      } else if (name.equals("div")) {
        String xmlId = TeiXml.xmlId(r);
        if ("persons".equals(xmlId)) {
          register(persons, "persons", "persName");
        } else if ("terms".equals(xmlId)) {
          register(terms, "terms", "term");
        } else if (!single() && "document".equals(TeiXml.attr(r, "type"))) {
          document(xmlId);
        }
      } else if (name.equals("body")) {
        if (single()) singleDocument();
        else sendEdition();
      }
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
          h.licence, persons, List.of(), terms));
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
      FrusDocumentParser p = new FrusDocumentParser(r, file, issues, false);
      p.parse();
      p.dateFallback(min, max, notBefore, notAfter);
      String title = p.title == null ? "" : p.title;
      if (n != null) title = stripNumber(title, n);
      String type = subtype != null ? subtype : p.typeFromHeadnote();
      emit(p, Document.builder(id, title).number(n).type(type), null, line, column);
    }

    private void singleDocument() throws XMLStreamException, SourceException, IOException {
      FrusHeader h = header != null ? header : new FrusHeader();
      int line = r.getLocation().getLineNumber();
      int column = r.getLocation().getColumnNumber();
      String stem = file.replaceFirst("\\.[A-Za-z]+$", "");
      String id = Ids.slug(stem, "document");
      FrusDocumentParser p = new FrusDocumentParser(r, file, issues, true);
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
      Document.Builder full = b
          .editionTitle(single() ? null : header == null ? null : header.volumeTitle())
          .edition(single() ? null : volumeId())
          .place(p.place)
          .language(lang)
          .participants(p.participants)
          .editors(header == null || single() ? List.of() : header.editors)
          .headnote(p.headnote())
          .paragraphs(p.body())
          .notes(p.notes())
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

    private static String stripNumber(String title, String n) {
      var m = NUMBER_PREFIX.matcher(title);
      return m.find() && m.group(1).equals(n) ? title.substring(m.end()) : title;
    }
  }
}
