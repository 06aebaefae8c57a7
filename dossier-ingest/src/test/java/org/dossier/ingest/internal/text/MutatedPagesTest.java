package org.dossier.ingest.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dossier.tei.SourceException;
import org.dossier.ingest.ImportResult;
import org.dossier.ingest.internal.html.HtmlPageImporter;
import org.dossier.model.Block;
import org.dossier.model.Document;
import org.dossier.model.Mark;
import org.dossier.model.Note;
import org.dossier.testkit.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Hostile and damaged pages: seeded random mutations of every fixture (lines dropped, doubled
 * or swapped, digits, brackets, colons and bullets sprinkled in, text cut short) either import
 * into a valid document or are rejected with an {@link SourceException}; nothing else escapes.
 */
class MutatedPagesTest {
  private static final long SEED = 20260103L;
  private static final String[] NOISE = {"1", "23", "[", "]", "[…]", ":", "•", "  • 4 x (...)", "-", "©", "\n", "\n\n",
      "Document No. 3: ", "[Source: ", "(", ")", "\u00A0", "\r", "Texte intégral\n", "Gorbachev: ", "é", "𝔄"};

  @Test
  void everyMutatedPageImportsOrIsRejectedCleanly() throws Exception {
    Random random = new Random(SEED);
    List<String> pages = new ArrayList<>();
    for (String name : List.of("meeting.txt", "labels.txt", "french-header.txt", "numbering.txt", "forty-notes.txt",
        "unstructured.txt")) {
      pages.add(new String(Fixtures.bytes(name), StandardCharsets.UTF_8));
    }
    pages.add(Files.readString(SharedData.foundingPage(), StandardCharsets.UTF_8));
    int imported = 0;
    for (int i = 0; i < 1500; i++) {
      String page = pages.get(random.nextInt(pages.size()));
      String mutated = mutate(page, random);
      byte[] bytes = mutated.getBytes(StandardCharsets.UTF_8);
      try {
        ImportResult r = Fixtures.text("mutant-" + i + ".txt", bytes);
        checkOffsets(r.single());
        imported++;
      } catch (SourceException e) {
        assertThat(e.getMessage()).as("seed %d, case %d", SEED, i).doesNotContain("\n");
      } catch (RuntimeException e) {
        throw new AssertionError("seed " + SEED + ", case " + i + " threw " + e + " on:\n" + mutated, e);
      }
    }
    assertThat(imported).isGreaterThan(1000);
  }

  @Test
  void everyMutatedHtmlPageImportsOrIsRejectedCleanly() throws Exception {
    Random random = new Random(SEED + 1);
    String page = new String(Fixtures.bytes("meeting.html"), StandardCharsets.UTF_8);
    String[] htmlNoise = {"<p>", "</p>", "<sup>1</sup>", "<br>", "<ol class=\"notes\"><li>", "</li></ol>", "<nav>",
        "<span class=\"paranumber\">9</span>", "<div>", "</div>", "<!--", "-->", "&amp;", "<script>", "\u0001"};
    for (int i = 0; i < 500; i++) {
      StringBuilder sb = new StringBuilder(page);
      for (int k = 0; k < 1 + random.nextInt(6); k++) {
        sb.insert(random.nextInt(sb.length() + 1), htmlNoise[random.nextInt(htmlNoise.length)]);
      }
      try {
        checkOffsets(new HtmlPageImporter().read("m.html", sb.toString().getBytes(StandardCharsets.UTF_8),
            Fixtures.OPTIONS).single());
      } catch (SourceException e) {
        assertThat(e.getMessage()).doesNotContain("\n");
      } catch (RuntimeException e) {
        throw new AssertionError("seed " + (SEED + 1) + ", case " + i + " threw " + e + " on:\n" + sb, e);
      }
    }
  }

  private static String mutate(String page, Random random) {
    List<String> lines = new ArrayList<>(List.of(page.split("\n", -1)));
    int edits = 1 + random.nextInt(8);
    for (int k = 0; k < edits && !lines.isEmpty(); k++) {
      int at = random.nextInt(lines.size());
      switch (random.nextInt(7)) {
        case 0 -> lines.remove(at);
        case 1 -> lines.add(at, lines.get(random.nextInt(lines.size())));
        case 2 -> {
          String l = lines.get(at);
          int pos = l.isEmpty() ? 0 : random.nextInt(l.length() + 1);
          lines.set(at, l.substring(0, pos) + NOISE[random.nextInt(NOISE.length)] + l.substring(pos));
        }
        case 3 -> {
          String l = lines.get(at);
          if (!l.isEmpty()) lines.set(at, l.substring(0, random.nextInt(l.length())));
        }
        case 4 -> lines.subList(at, lines.size()).clear();
        case 5 -> java.util.Collections.swap(lines, at, random.nextInt(lines.size()));
        default -> lines.set(at, lines.get(at).replaceAll("\\d", String.valueOf(random.nextInt(10))));
      }
    }
    return String.join("\n", lines);
  }

  private static void checkOffsets(Document doc) {
    int last = 0;
    for (Block b : doc.blocks().toList()) {
      assertThat(b.n()).isGreaterThan(last);
      last = b.n();
      int previous = 0;
      for (Mark m : b.marks()) {
        assertThat(m.offset()).isGreaterThanOrEqualTo(previous);
        assertThat(m.end()).isLessThanOrEqualTo(b.length());
        previous = m.offset();
      }
    }
    for (Note n : doc.notes()) if (n.paragraph() != null) assertThat(n.offset()).isLessThanOrEqualTo(doc.expectBlock(n.paragraph()).length());
  }
}
