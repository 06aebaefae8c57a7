package org.dossier.ingest.internal.parla;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dossier.ingest.internal.teitext.TeiXml;
import org.dossier.tei.SourceException;
import org.dossier.ingest.ImportOptions;
import org.dossier.ingest.ImportSink;
import org.dossier.ingest.internal.Limits;
import org.dossier.ingest.Importer;
import org.dossier.ingest.Issues;
import org.dossier.model.DocDate;
import org.dossier.model.Document;
import org.dossier.model.Edition;
import org.dossier.model.Ids;
import org.dossier.model.Provenance;
import org.dossier.model.Source;
import org.dossier.model.Speaker;
import org.jspecify.annotations.Nullable;

/**
 * Imports parliamentary debates in Parla-CLARIN / ParlaMint TEI (format {@code tei-parla}).
 *
 * <p>Given a corpus root ({@code teiCorpus}), it reads the corpus's persons and organisations
 * (inline, or from files the root includes) and then every session the root includes, one
 * document each, after handing the corpus edition to the sink; sessions written inside the corpus
 * file itself ({@code teiCorpus/TEI}) follow, one at a time. Given a session file, it looks
 * for the corpus root that includes it in the session's folder and its ancestors (up to
 * {@link ImportOptions#root()}, or two levels up when no root is set) to resolve the speakers.
 * Includes are followed only inside the corpus folder ({@link ImportOptions#root()}, else the
 * root file's folder). A sitting that lists persons in its own header ({@code particDesc}) resolves
 * through them the speakers the corpus's lists lack. When the person list lacks a speaker (the ParlaMint samples ship an
 * excerpt), the session's sibling {@code *-meta.tsv} supplies the name and party; a speaker found
 * nowhere keeps its id as name, with an issue of kind {@code speaker}.
 *
 * <p>Role and party are those of the sitting's day: the role is the office in words (the chair,
 * a government office, a member of parliament, a guest; the list's {@code roleName} where it gives
 * one), never the speaker-type code of {@code u/@ana}; the party is the speaker's
 * {@code affiliation[@role='member']} to a political party (else a parliamentary group) valid on
 * that day, named by its full name in the session's language. The corpus's persons, with their sex
 * and affiliations, become the edition's register. Only components with utterances are documents;
 * a session's title is its own (its sub-title, else its main title with the date), and its
 * {@code sourceDesc/bibl} is the document's source.
 */
public final class ParlaImporter implements Importer {
  /** The format name. */
  public static final String FORMAT = "tei-parla";

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public void read(Path file, ImportOptions options, ImportSink sink) throws SourceException, IOException {
    String name = String.valueOf(file.getFileName());
    Issues issues = new Issues(name, options.maxIssues(), sink);
    String root = rootElement(file);
    if (root.equals("teiCorpus")) {
      Path boundary = options.root() != null ? options.root() : file.toAbsolutePath().normalize().getParent();
      ParlaCorpus corpus = ParlaCorpus.read(file, boundary, options.maxBytes(), issues);
      Edition edition = corpus.edition();
      if (edition != null) sink.edition(edition);
      for (Path session : corpus.sessions) session(session, corpus, options, sink);
      if (corpus.inlineSessions > 0) inlineSessions(file, corpus, options, sink, issues);
    } else if (!root.equals("TEI")) {
      // A person list, organisation list or taxonomy beside the sessions: read through the
      // corpus root, not a document of its own.
      issues.add("structure", 0, 0, "root element <" + root + "> is neither a corpus (teiCorpus) nor a session (TEI); "
          + "nothing imported", "import the corpus root instead");
    } else {
      ParlaCorpus corpus = findCorpus(file, options);
      if (corpus != null) {
        Edition edition = corpus.edition();
        if (edition != null) sink.edition(edition);
      }
      ParlaSession s = session(file, corpus, options, sink);
      if (corpus == null && s.header.persons.isEmpty()) {
        issues.add("speaker", 0, 0, "no corpus root including this session was found and it lists no persons itself; "
            + "speakers are not resolved through a person list", null);
      }
    }
  }

  /** The local name of the root element, read with a secure reader that stops there. */
  private static String rootElement(Path file) throws SourceException, IOException {
    String[] name = {""};
    TeiXml.read(file, r -> {
      while (r.hasNext()) {
        int e = r.next();
        if (e == javax.xml.stream.XMLStreamConstants.START_ELEMENT) {
          name[0] = r.getLocalName();
          return;
        }
      }
    });
    return name[0];
  }

  private static @Nullable ParlaCorpus findCorpus(Path session, ImportOptions options)
      throws SourceException, IOException {
    Path dir = session.toAbsolutePath().normalize().getParent();
    Path limit = options.root() == null ? null : options.root().toAbsolutePath().normalize();
    for (int level = 0; dir != null; level++, dir = dir.getParent()) {
      if (limit != null ? !dir.startsWith(limit) : level > 2) break;
      List<Path> candidates = new ArrayList<>();
      try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*.xml")) {
        for (Path p : s) {
          if (candidates.size() >= 200) break;
          if (Files.isRegularFile(p) && !p.equals(session.toAbsolutePath().normalize())) candidates.add(p);
        }
      }
      candidates.sort(null);
      for (Path p : candidates) {
        if (ParlaCorpus.includes(p, session)) {
          Path boundary = limit != null ? limit : p.getParent();
          return ParlaCorpus.read(p, boundary, options.maxBytes(), new Issues(String.valueOf(p.getFileName()), 0, new ImportSink() {
            @Override public void document(Document d) {}
          }));
        }
      }
    }
    return null;
  }

  /** Reads one session file and hands its document (if it holds a debate) to the sink; the session as read. */
  private static ParlaSession session(Path file, @Nullable ParlaCorpus corpus, ImportOptions options, ImportSink sink)
      throws SourceException, IOException {
    String name = String.valueOf(file.getFileName());
    Issues issues = new Issues(name, options.maxIssues(), sink);
    Path tsv = file.resolveSibling(name.replaceFirst("\\.xml$", "") + "-meta.tsv");
    Map<String, MetaTable.Row> fromTsv = Files.isRegularFile(tsv) ? MetaTable.read(tsv) : Map.of();
    ParlaSession[] holder = new ParlaSession[1];
    ParlaSession.Speakers speakers = speakers(corpus, fromTsv, issues, holder);
    TeiXml.read(file, r -> {
      holder[0] = new ParlaSession(Limits.watch(r, sink), name, speakers);
      holder[0].parse();
    });
    ParlaSession s = holder[0];
    if (!"TEI".equals(s.rootName)) {
      issues.add("structure", 0, 0, "included file's root element <" + s.rootName + "> is not a session (TEI); skipped", null);
      return s;
    }
    emit(s, name, name.replaceFirst("\\.[A-Za-z]+$", ""), corpus, options, sink, issues);
    return s;
  }

  /** The sessions written inside the corpus file itself ({@code teiCorpus/TEI}), one at a time. */
  private static void inlineSessions(Path file, ParlaCorpus corpus, ImportOptions options, ImportSink sink, Issues issues)
      throws SourceException, IOException {
    String name = String.valueOf(file.getFileName());
    String stem = name.replaceFirst("\\.[A-Za-z]+$", "");
    ParlaSession[] holder = new ParlaSession[1];
    ParlaSession.Speakers speakers = speakers(corpus, Map.of(), issues, holder);
    TeiXml.read(file, raw -> {
      javax.xml.stream.XMLStreamReader r = Limits.watch(raw, sink);
      int depth = 0;
      int count = 0;
      while (r.hasNext()) {
        int e = r.next();
        if (e == javax.xml.stream.XMLStreamConstants.ENTITY_REFERENCE) throw org.dossier.ingest.internal.teitext.TeiXml.entity(r, name);
        if (e == javax.xml.stream.XMLStreamConstants.END_ELEMENT) {
          depth--;
        } else if (e == javax.xml.stream.XMLStreamConstants.START_ELEMENT) {
          if (depth == 1 && r.getLocalName().equals("TEI")) {
            holder[0] = new ParlaSession(r, name, speakers);
            holder[0].parseElement();
            emit(holder[0], name, stem + "-" + ++count, corpus, options, sink, issues);
          } else {
            depth++;
          }
        }
      }
    });
  }

  /** Resolves speakers through the corpus lists, then the metadata table, else by id with an issue. */
  private static ParlaSession.Speakers speakers(@Nullable ParlaCorpus corpus, Map<String, MetaTable.Row> fromTsv,
      Issues issues, ParlaSession[] current) {
    ParlaRegistry registry = corpus == null ? null : corpus.registry;
    return (who, ana, line, column) -> {
      String id = org.dossier.ingest.internal.teitext.TeiXml.ref(who);
      String type = speakerType(ana);
      if (id == null) {
        issues.add("speaker", line, column, "utterance without @who", "speaker 'unknown'");
        return new Speaker("unknown", ParlaRegistry.office(type), null, null);
      }
      ParlaSession s = current[0];
      ParlaRegistry persons = registry;
      ParlaRegistry.Person person = registry == null ? null : registry.person(id);
      if (person == null) {
        persons = s.header.persons;
        person = persons.person(id);
      }
      String date = s.header.sittingDate();
      if (person != null) {
        return new Speaker(person.name(), persons.office(person, date, type, s.lang), id, persons.party(person, date, s.lang));
      }
      MetaTable.Row row = fromTsv.get(id);
      if (row != null) {
        String office = "chair".equals(type) || row.office() == null ? ParlaRegistry.office(type) : row.office();
        return new Speaker(row.name(), office, id, row.party());
      }
      issues.add("speaker", line, column, "speaker '" + id + "' is not in the person list", "named by its id");
      return new Speaker(id, ParlaRegistry.office(type), id, null);
    };
  }

  private static void emit(ParlaSession s, String name, String fallbackId, @Nullable ParlaCorpus corpus,
      ImportOptions options, ImportSink sink, Issues issues) throws SourceException, IOException {
    // A component without utterances (a feature library, a taxonomy) is no debate: not a document.
    if (s.utterances == 0) return;
    String id = Ids.slug(s.id != null ? s.id : fallbackId, "session");
    String title = s.header.title(s.lang);
    String source = s.header.source(s.lang);
    Document.Builder b = Document.builder(id, title == null ? fallbackId : title)
        .edition(corpus == null || corpus.id == null ? null : Ids.slug(corpus.id, "corpus"))
        .editionTitle(corpus == null ? null : corpus.title())
        .type("debate")
        .language(s.lang != null ? s.lang : corpus == null ? null : corpus.lang)
        .place(s.header.place)
        .participants(new ArrayList<>(s.participants))
        .headnote(s.headnote())
        .paragraphs(s.body())
        .source(source == null ? null : Source.ofText(source))
        .rights(corpus == null ? null : corpus.licence)
        .provenance(new Provenance(name, FORMAT, Instant.now(options.clock()).toString()));
    String date = s.header.sittingDate();
    if (date != null) {
      try {
        b.date(DocDate.of(date));
      } catch (IllegalArgumentException e) {
        issues.add("date", 0, 0, "unreadable session date: " + e.getMessage(), "left undated");
      }
    }
    Document document;
    try {
      document = b.build();
    } catch (IllegalArgumentException e) {
      throw new SourceException("session cannot be represented: " + e.getMessage(), name, 0, 0, e);
    }
    sink.document(document);
  }

  /** The speaker type of {@code u/@ana}: chair, regular or guest, or null. */
  private static @Nullable String speakerType(@Nullable String ana) {
    if (ana == null) return null;
    for (String token : ana.split("\\s+")) {
      String t = token.startsWith("#") ? token.substring(1) : token;
      if (t.equals("chair") || t.equals("regular") || t.equals("guest")) return t;
    }
    return null;
  }
}
