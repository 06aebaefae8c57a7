package org.dossier.ingest.parla;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dossier.ingest.ImportException;
import org.dossier.ingest.ImportOptions;
import org.dossier.ingest.ImportSink;
import org.dossier.ingest.Importer;
import org.dossier.ingest.Issues;
import org.dossier.model.DocDate;
import org.dossier.model.Document;
import org.dossier.model.Edition;
import org.dossier.model.Ids;
import org.dossier.model.Provenance;
import org.dossier.model.Speaker;
import org.jspecify.annotations.Nullable;

/**
 * Imports parliamentary debates in Parla-CLARIN / ParlaMint TEI (format {@code tei-parla}).
 *
 * <p>Given a corpus root ({@code teiCorpus}), it reads the corpus's persons and organisations
 * (inline, or from files the root includes) and then every session the root includes, one
 * document each, after handing the corpus edition to the sink. Given a session file, it looks
 * for the corpus root that includes it in the session's folder and its ancestors (up to
 * {@link ImportOptions#root()}, or two levels up when no root is set) to resolve the speakers.
 * Includes are followed only inside the corpus folder ({@link ImportOptions#root()}, else the
 * root file's folder). When the person list lacks a speaker (the ParlaMint samples ship an
 * excerpt), the session's sibling {@code *-meta.tsv} supplies the name and party; a speaker found
 * nowhere keeps its id as name, with an issue of kind {@code speaker}.
 *
 * <p>Party: the speaker's {@code affiliation[@role='member']} to a party organisation valid on
 * the session date, named by its full name in the session's language.
 */
public final class ParlaImporter implements Importer {
  /** The format name. */
  public static final String FORMAT = "tei-parla";

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public void read(Path file, ImportOptions options, ImportSink sink) throws ImportException, IOException {
    String name = String.valueOf(file.getFileName());
    Issues issues = new Issues(name, options.maxIssues(), sink);
    String root = rootElement(file);
    if (root.equals("teiCorpus")) {
      Path boundary = options.root() != null ? options.root() : file.toAbsolutePath().normalize().getParent();
      ParlaCorpus corpus = ParlaCorpus.read(file, boundary, options.maxBytes(), issues);
      Edition edition = corpus.edition();
      if (edition != null) sink.edition(edition);
      for (Path session : corpus.sessions) session(session, corpus, options, sink, issues);
    } else if (!root.equals("TEI")) {
      // A person list, organisation list or taxonomy beside the sessions: read through the
      // corpus root, not a document of its own.
      issues.add("structure", 0, 0, "root element <" + root + "> is neither a corpus (teiCorpus) nor a session (TEI); "
          + "nothing imported", "import the corpus root instead");
    } else {
      ParlaCorpus corpus = findCorpus(file, options, issues);
      if (corpus != null) {
        Edition edition = corpus.edition();
        if (edition != null) sink.edition(edition);
      }
      session(file, corpus, options, sink, issues);
    }
  }

  /** The local name of the root element, read with a secure reader that stops there. */
  private static String rootElement(Path file) throws ImportException, IOException {
    String[] name = {""};
    ParlaCorpus.parse(file, r -> {
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

  private static @Nullable ParlaCorpus findCorpus(Path session, ImportOptions options, Issues issues)
      throws ImportException, IOException {
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
    issues.add("speaker", 0, 0, "no corpus root including this session was found; speakers are not resolved through a person list",
        null);
    return null;
  }

  private static void session(Path file, @Nullable ParlaCorpus corpus, ImportOptions options, ImportSink sink,
      Issues corpusIssues) throws ImportException, IOException {
    String name = String.valueOf(file.getFileName());
    Issues issues = corpus != null && file.equals(corpus.file) ? corpusIssues : new Issues(name, options.maxIssues(), sink);
    Path tsv = file.resolveSibling(name.replaceFirst("\\.xml$", "") + "-meta.tsv");
    Map<String, ParlaRegistry.TsvSpeaker> fromTsv = Files.isRegularFile(tsv) ? ParlaRegistry.readTsv(tsv) : Map.of();
    ParlaRegistry registry = corpus == null ? null : corpus.registry;
    ParlaSession[] holder = new ParlaSession[1];
    ParlaSession.Speakers speakers = (who, ana, line, column) -> {
      String id = org.dossier.ingest.teitext.TeiXml.ref(who);
      String role = role(ana);
      if (id == null) {
        issues.add("speaker", line, column, "utterance without @who", "speaker 'unknown'");
        return new Speaker("unknown", role, null, null);
      }
      ParlaRegistry.Person person = registry == null ? null : registry.person(id);
      String date = holder[0].date != null ? holder[0].date : holder[0].sourceDate;
      if (person != null) {
        return new Speaker(person.name(), role, id, registry.party(person, date, holder[0].lang));
      }
      ParlaRegistry.TsvSpeaker row = fromTsv.get(id);
      if (row != null) return new Speaker(row.name(), role, id, row.party());
      issues.add("speaker", line, column, "speaker '" + id + "' is not in the person list", "named by its id");
      return new Speaker(id, role, id, null);
    };
    ParlaCorpus.parse(file, r -> {
      ParlaSession s = new ParlaSession(r, name, speakers);
      holder[0] = s;
      s.parse();
    });
    ParlaSession s = holder[0];
    if (!"TEI".equals(s.rootName)) {
      issues.add("structure", 0, 0, "included file's root element <" + s.rootName + "> is not a session (TEI); skipped", null);
      return;
    }
    String stem = name.replaceFirst("\\.[A-Za-z]+$", "");
    String id = Ids.slug(s.id != null ? s.id : stem, "session");
    String title = s.title();
    Document.Builder b = Document.builder(id, title == null ? stem : title)
        .edition(corpus == null || corpus.id == null ? null : Ids.slug(corpus.id, "corpus"))
        .editionTitle(corpus == null ? null : corpus.title())
        .type("debate")
        .language(s.lang != null ? s.lang : corpus == null ? null : corpus.lang)
        .place(s.place)
        .participants(new ArrayList<>(s.participants))
        .headnote(s.headnote())
        .paragraphs(s.body())
        .rights(corpus == null ? null : corpus.licence)
        .provenance(new Provenance(name, FORMAT, Instant.now(options.clock()).toString()));
    String date = s.date != null ? s.date : s.sourceDate;
    if (date != null) {
      try {
        b.date(DocDate.of(date));
      } catch (IllegalArgumentException e) {
        issues.add("date", 0, 0, "unreadable session date: " + e.getMessage(), "left undated");
      }
    }
    sink.document(b.build());
  }

  private static @Nullable String role(@Nullable String ana) {
    if (ana == null) return null;
    for (String token : ana.split("\\s+")) {
      String t = token.startsWith("#") ? token.substring(1) : token;
      if (t.equals("chair") || t.equals("regular") || t.equals("guest")) return t;
    }
    return null;
  }
}
