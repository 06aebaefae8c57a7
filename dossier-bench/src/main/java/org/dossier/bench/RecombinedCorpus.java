package org.dossier.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.dossier.ingest.ImportOptions;
import org.dossier.ingest.Importers;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.DocDate;
import org.dossier.model.Document;
import org.dossier.model.Note;
import org.dossier.model.Speaker;
import org.dossier.tei.SourceException;
import org.jspecify.annotations.Nullable;

/**
 * The real material of the shared corpora, recombined into synthetic documents of any number:
 * paragraphs with their marks and register mentions, the documents' own titles, footnotes (as
 * many per paragraph as the real documents have), dates, types, speakers and editions. Document
 * {@code i} is seeded by {@code i} alone, so a benchmark can build document 7,000,001 without the
 * ones before it, and every program builds the same edition. Notes and titles are in it because
 * they are searchable: an index without them would flatter the engine.
 */
final class RecombinedCorpus {
  private final List<Block> blocks = new ArrayList<>();
  private final List<String> titles = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final List<DocDate> dates = new ArrayList<>();
  private final List<Speaker> speakers = new ArrayList<>();
  private final List<String> types = new ArrayList<>();
  private final List<String> editions = new ArrayList<>();
  /** Real notes per real paragraph, times 1,000. */
  private int notesPerMille;

  private RecombinedCorpus() {}

  /** Reads the seed page, FRUS, FRUS-history, Parla-CLARIN and ParlaMint samples of {@code shared}. */
  static RecombinedCorpus load(Path shared) throws IOException, SourceException {
    List<Path> sources = new ArrayList<>(List.of(shared.resolve("seed/masterpieces-doc51.txt")));
    for (String dir : List.of("corpora/frus", "corpora/parla-clarin/siParl2.0/SDT2", "corpora/frus-history/documents",
        "corpora/parlamint/ParlaMint-GB/2017", "corpora/parlamint/ParlaMint-CZ/2020")) {
      try (Stream<Path> s = Files.list(shared.resolve(dir))) {
        s.filter(p -> p.toString().endsWith(".xml")).sorted().forEach(sources::add);
      }
    }
    RecombinedCorpus c = new RecombinedCorpus();
    long realParagraphs = 0;
    long realNotes = 0;
    for (Path p : sources) {
      for (Document d : Importers.read(p, ImportOptions.defaults().withRoot(p.getParent())).documents()) {
        c.titles.add(d.title());
        if (d.date() != null) c.dates.add(d.date());
        if (d.type() != null) c.types.add(d.type());
        c.editions.add(d.edition() == null ? "masterpieces" : d.edition());
        for (Note n : d.notes()) if (!n.text().isBlank()) c.notes.add(n.text());
        realNotes += d.notes().size();
        for (Block b : (Iterable<Block>) d.blocks()::iterator) {
          realParagraphs++;
          if (b.text().length() > 20) c.blocks.add(b.withSpeaker(null).withNumber(1).withPage(null));
          if (b.speaker() != null) c.speakers.add(b.speaker());
        }
      }
    }
    c.notesPerMille = (int) Math.max(1, realNotes * 1000 / Math.max(1, realParagraphs));
    return c;
  }

  /**
   * Document {@code i} of an edition of {@code perDocument} paragraphs a document: id
   * {@code bench-0000007}, a real title, real paragraphs (a quarter of the turns change speaker),
   * real notes called at random places; edition {@code edition}, or one drawn from the corpora's
   * when null.
   */
  Document document(int i, int perDocument, @Nullable String edition) {
    Random r = new Random(i);
    List<Block> body = new ArrayList<>(perDocument);
    List<Note> docNotes = new ArrayList<>();
    Speaker speaker = null;
    for (int n = 1; n <= perDocument; n++) {
      if (r.nextInt(2) == 0) speaker = r.nextInt(3) == 0 ? null : speakers.get(r.nextInt(speakers.size()));
      Block b = blocks.get(r.nextInt(blocks.size()));
      body.add(new Block(n, BlockKind.PARAGRAPH, speaker, b.text(), b.marks(), b.mentions()));
      if (!notes.isEmpty() && r.nextInt(1000) < notesPerMille) {
        int length = b.text().codePointCount(0, b.text().length());
        docNotes.add(new Note(docNotes.size() + 1, n, r.nextInt(length + 1), notes.get(r.nextInt(notes.size()))));
      }
    }
    return Document.builder(String.format(Locale.ROOT, "bench-%07d", i), titles.get(r.nextInt(titles.size())))
        .number(String.valueOf(i + 1))
        .edition(edition != null ? edition : editions.get(r.nextInt(editions.size())))
        .date(dates.get(r.nextInt(dates.size())))
        .type(types.get(r.nextInt(types.size())))
        .paragraphs(body)
        .notes(docNotes)
        .build();
  }

  /** The UTF-8 bytes of text (paragraphs, notes, title) of the first {@code documents} documents. */
  long bytes(int documents, int perDocument) {
    long total = 0;
    for (int i = 0; i < documents; i++) total += bytes(document(i, perDocument, "x"));
    return total;
  }

  static long bytes(Document d) {
    long total = d.title().getBytes(StandardCharsets.UTF_8).length;
    for (Block b : d.paragraphs()) total += b.text().getBytes(StandardCharsets.UTF_8).length;
    for (Note n : d.notes()) total += n.text().getBytes(StandardCharsets.UTF_8).length;
    return total;
  }

  /** The number of real paragraphs, titles, notes, speakers and dates drawn from, for the report. */
  String describe() {
    return String.format(Locale.ROOT, "%,d real paragraphs, %,d titles, %,d notes (%.2f per paragraph), %,d speakers, %,d dates",
        blocks.size(), titles.size(), notes.size(), notesPerMille / 1000.0, speakers.size(), dates.size());
  }
}
