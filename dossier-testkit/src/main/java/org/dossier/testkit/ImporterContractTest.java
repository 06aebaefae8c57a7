package org.dossier.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.dossier.model.Document;
import org.dossier.testkit.HostileInputs.Expect;
import org.dossier.testkit.HostileInputs.Hostile;
import org.dossier.testkit.ImportOutcome.Imported;
import org.dossier.testkit.ImportOutcome.Rejected;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract every importer's tests extend, in the manner of Lucene's
 * {@code BaseTokenStreamTestCase} (STYLE rule 13; the rule calls it DocumentParserContractTest).
 * A subclass supplies an adapter from bytes to an {@link ImportOutcome} and a small invented
 * sample of the format; the contract then checks that
 *
 * <ul>
 *   <li>the sample imports, repeatably, into the documents of a golden JSON file
 *       ({@code -Dgolden.update} rewrites it);
 *   <li>hostile sources (empty, binary, NUL bytes, broken UTF-8, byte-order marks, other line
 *       ends, megabyte lines, deep nesting, huge attribute and entity counts, entity bombs,
 *       external entities and DTDs) import or are refused with the importer's typed error, whose
 *       message names the file, each within {@link #BOUND};
 *   <li>every prefix of the sample, and {@link #mutations()} seeded random mutations of it, do the
 *       same; the seed is logged and put in every failure ({@code -Ddossier.seed=N} reruns one,
 *       {@code -Ddossier.seed=random} draws a new one, {@code -Ddossier.mutations=N} runs more);
 *   <li>whatever imports satisfies {@link DocumentInvariants} (blocks numbered in reading order
 *       unless {@link #keepsTheSourcesBlockNumbers}), keeps at most {@link #MAX_ISSUES}
 *       issues, all located in the file, and passes the subclass's {@link #checkImported} (say,
 *       that it can be stored).
 * </ul>
 *
 * Nothing else may escape: an unchecked exception, a stack overflow or a hang fails the contract.
 */
public abstract class ImporterContractTest {
  /** The issues an adapter must keep at most per source (pass it to the importer's options). */
  protected static final int MAX_ISSUES = 20;
  /** The longest one source may take to import, generous because builds share the machine. */
  protected static final Duration BOUND = Duration.ofSeconds(10);

  private static final System.Logger LOG = System.getLogger(ImporterContractTest.class.getName());
  /** {@code -Ddossier.seed=N}, a fresh one with {@code -Ddossier.seed=random}, else a fixed one so CI repeats. */
  private static final long SEED = seed(System.getProperty("dossier.seed"));
  /** The bound on a loop over many sources (prefixes, mutations). */
  private static final Duration LOOP_BOUND = BOUND.multipliedBy(6);

  /** The markup of a format, which decides the hostile sources that apply and what they must give. */
  public enum Syntax {
    /** Plain text: markup is just text. */
    TEXT,
    /** HTML, parsed leniently: nesting and attributes are bounded by the parser, not refused. */
    HTML,
    /** XML through SecureXml: too deep nesting, undeclared entities and DTD attacks are refused. */
    XML
  }

  @TempDir Path attackFiles;

  private @Nullable String sampleJson;
  private volatile String current = "";

  // ------------------------------------------------------------------ what a subclass supplies

  /**
   * Imports {@code bytes} as the file {@code fileName} with the importer under test, using a fixed
   * clock and at most {@link #MAX_ISSUES} issues. The importer's typed source error becomes
   * {@link ImportOutcome#rejected}; anything else it throws must propagate.
   */
  protected abstract ImportOutcome importBytes(String fileName, byte[] bytes);

  /** The file name the sample and its variants are imported as ({@code sample.xml}). */
  protected abstract String fileName();

  /** A small invented sample of the format, under 4 KiB so that every prefix can be tried. */
  protected abstract byte[] smallValidSample() throws IOException;

  /** The golden file of the sample's JSON form, under {@code src/test/resources/golden/}. */
  protected abstract String goldenName();

  /** The JSON form of documents, as the golden file holds it. */
  protected abstract String jsonForm(List<Document> documents);

  /** The markup of the format. */
  protected abstract Syntax syntax();

  /**
   * Words of the sample's running text (the first is used most) after which hostile runs are
   * inserted, so that they land where the importer reads text rather than in its markup.
   */
  protected abstract List<String> anchors();

  /** The provenance format every document records, or null when documents keep the source's own. */
  protected abstract @Nullable String provenanceFormat();

  /**
   * Whether documents keep the block numbers the source records, in whatever order (Dossier TEI),
   * rather than numbers the importer gives in reading order, which the contract then checks.
   */
  protected boolean keepsTheSourcesBlockNumbers() {
    return false;
  }

  /** Pieces of the format that mutations sprinkle in and hostile runs repeat. */
  protected List<String> mutationTokens() {
    return switch (syntax()) {
      case XML -> List.of("<p>", "</p>", "<hi>", "</hi>", "<note n=\"1\">", "</note>", "<head>", "</head>",
          "<div type=\"document\">", "</div>", " xml:id=\"d1\"", " n=\"0\"", "&amp;", "<!--", "-->", "<![CDATA[",
          "]]>", "<?pi x?>", "é", "\u0301", "𝔄", "[", "\n");
      case HTML -> List.of("<p>", "</p>", "<sup>1</sup>", "<br>", "<ol class=\"notes\"><li>", "</li></ol>", "<nav>",
          "<span class=\"paranumber\">9</span>", "<div>", "</div>", "<!--", "-->", "&amp;", "<script>", "\u0001",
          "\u0301", "𝔄");
      case TEXT -> List.of("1", "23", "[", "]", "[…]", ":", "•", "  • 4 x (...)", "-", "©", "\n", "\n\n", "(", ")",
          "\u00A0", "\r", "é", "\u0301", "𝔄");
    };
  }

  /** The sources mutations start from: the sample, and any other files worth damaging. */
  protected List<byte[]> mutationSources() throws IOException {
    return List.of(smallValidSample());
  }

  /** How many mutations a run tries (overridden by {@code -Ddossier.mutations}). */
  protected int mutations() {
    return 300;
  }

  /** The share of mutations that must still import, so the invariants are exercised. */
  protected double minImportedShare() {
    return 0.05;
  }

  /** More checks on every imported source (e.g. that each document can be stored); fails by throwing. */
  protected void checkImported(String what, List<Document> documents) {}

  // ------------------------------------------------------------------ the contract

  @Test
  void theSampleIsSmallAndImports() throws IOException {
    byte[] sample = smallValidSample();
    assertThat(sample.length).as("sample bytes (every prefix is tried)").isBetween(1, 4096);
    for (String anchor : anchors()) {
      assertThat(new String(sample, StandardCharsets.UTF_8)).as("anchor in the sample").contains(anchor);
    }
    List<Document> documents = sampleDocuments();
    assertThat(documents).as("documents of the sample").isNotEmpty();
    assertThat(DocumentInvariants.notesOutOfOrder(documents)).as("notes of the sample called out of order").isEmpty();
  }

  @Test
  void theSampleMatchesItsGoldenJson() throws IOException {
    Golden.assertMatches(goldenName(), sampleJson());
  }

  @Test
  void importingTheSameBytesTwiceGivesTheSameDocuments() throws IOException {
    assertThat(jsonForm(sampleDocuments())).isEqualTo(sampleJson());
  }

  @TestFactory
  Stream<DynamicTest> hostileSourcesImportOrAreRefusedWithTheFileNamed() throws IOException {
    List<Hostile> cases = HostileInputs.of(smallValidSample(), syntax(), anchors(), mutationTokens(), attackFiles,
        new Random(SEED));
    return cases.stream().map(h -> DynamicTest.dynamicTest(h.name(), () -> hostile(h)));
  }

  @Test
  void everyTruncationImportsOrIsRefused() throws IOException {
    byte[] sample = smallValidSample();
    int[] counts = within(LOOP_BOUND, "truncations", () -> {
      int[] c = new int[2];
      for (int n = 0; n < sample.length; n++) {
        c[run("the first " + n + " bytes of the sample", Arrays.copyOf(sample, n)) instanceof Imported ? 0 : 1]++;
      }
      return c;
    });
    LOG.log(System.Logger.Level.INFO, () -> String.format(Locale.ROOT, "%s: %d prefixes imported, %d refused",
        getClass().getSimpleName(), counts[0], counts[1]));
  }

  @Test
  void seededMutationsImportOrAreRefused() throws IOException {
    long seed = SEED;
    int n = Integer.getInteger("dossier.mutations", mutations());
    LOG.log(System.Logger.Level.INFO, () -> String.format(Locale.ROOT,
        "%s: %d mutations, seed %d (rerun with -Ddossier.seed=%d)", getClass().getSimpleName(), n, seed, seed));
    Random random = new Random(seed);
    Mutator mutator = new Mutator(mutationTokens());
    List<byte[]> sources = mutationSources();
    int imported = within(LOOP_BOUND, "mutations", () -> {
      int count = 0;
      for (int i = 0; i < n; i++) {
        int source = random.nextInt(sources.size());
        byte[] mutant = mutator.mutate(sources.get(source), random);
        String what = "mutation " + i + " of source " + source + " (seed " + seed + "; rerun with -Ddossier.seed="
            + seed + ")";
        if (run(what, mutant) instanceof Imported) count++;
      }
      return count;
    });
    assertThat(imported).as("mutations that imported (seed %d)", seed).isGreaterThanOrEqualTo(
        (int) (n * minImportedShare()));
  }

  // ------------------------------------------------------------------ checks

  private void hostile(Hostile h) throws IOException {
    ImportOutcome outcome = within(BOUND, h.name(), () -> run(h.name(), h.bytes()));
    switch (h.expect()) {
      case REJECTED -> assertThat(outcome).as(h.name() + " must be refused").isInstanceOf(Rejected.class);
      case IMPORTED -> assertThat(outcome).as(h.name() + " must import").isInstanceOf(Imported.class);
      case EITHER -> { }
    }
    String shown = outcome instanceof Imported i ? i.documents().toString() : ((Rejected) outcome).message();
    for (String secret : h.neverShown()) assertThat(shown).as(h.name() + " must not show it").doesNotContain(secret);
    if (h.sameAsSample() && outcome instanceof Imported i) {
      assertThat(jsonForm(i.documents())).as(h.name() + " must give the sample's documents").isEqualTo(sampleJson());
    }
  }

  /** Imports one source and checks the outcome against the contract; {@code what} names it in failures. */
  private ImportOutcome run(String what, byte[] bytes) {
    current = what;
    ImportOutcome outcome;
    try {
      outcome = importBytes(fileName(), bytes);
    } catch (RuntimeException | StackOverflowError e) {
      throw new AssertionError(what + ": the importer threw " + e + " instead of its typed error", e);
    }
    if (outcome instanceof Rejected r) {
      assertThat(r.file()).as(what + ": the file the error names").isEqualTo(fileName());
      assertThat(r.message()).as(what + ": the error message").contains(fileName()).doesNotContain("\n");
    } else if (outcome instanceof Imported i) {
      assertThat(i.issues()).as(what + ": issues").hasSizeLessThanOrEqualTo(MAX_ISSUES)
          .allSatisfy(issue -> assertThat(issue).startsWith(fileName()));
      assertThat(DocumentInvariants.violations(i.documents())).as(what + ": broken invariants").isEmpty();
      if (!keepsTheSourcesBlockNumbers()) {
        assertThat(DocumentInvariants.blocksOutOfOrder(i.documents())).as(what + ": blocks out of reading order")
            .isEmpty();
      }
      String format = provenanceFormat();
      if (format != null) {
        for (Document d : i.documents()) {
          assertThat(d.provenance()).as(what + ": provenance of " + d.id()).isNotNull();
          assertThat(d.provenance().file()).as(what + ": provenance file").isEqualTo(fileName());
          assertThat(d.provenance().format()).as(what + ": provenance format").isEqualTo(format);
        }
      }
      checkImported(what, i.documents());
    }
    return outcome;
  }

  /** Runs {@code work} within {@code bound}, naming the source it was at if it takes longer. */
  private <T> T within(Duration bound, String what, java.util.function.Supplier<T> work) {
    return assertTimeoutPreemptively(bound, work::get, () -> what + " took over " + bound + ", at: " + current);
  }

  private List<Document> sampleDocuments() throws IOException {
    ImportOutcome outcome = run("the sample", smallValidSample());
    if (outcome instanceof Rejected r) throw new AssertionError("the sample is refused: " + r.message(), r.error());
    return ((Imported) outcome).documents();
  }

  private String sampleJson() throws IOException {
    if (sampleJson == null) sampleJson = jsonForm(sampleDocuments());
    return sampleJson;
  }

  private static long seed(@Nullable String property) {
    if (property == null || property.isBlank()) return 19_890_303L;
    if (property.equals("random")) return System.nanoTime();
    return Long.parseLong(property.strip());
  }
}
