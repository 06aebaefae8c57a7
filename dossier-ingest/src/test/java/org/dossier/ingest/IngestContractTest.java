package org.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.dossier.model.Document;
import org.dossier.tei.DossierTei;
import org.dossier.tei.SourceException;
import org.dossier.tei.json.JsonForm;
import org.dossier.testkit.ImportOutcome;
import org.dossier.testkit.ImporterContractTest;
import org.dossier.testkit.MemoryTempDir;
import org.dossier.testkit.SharedData;
import org.dossier.testkit.TeiSchema;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ImporterContractTest} wired to one of {@link Importers}' importers: each source is
 * written to a file of its own folder (which also bounds what the importer may look at beside
 * it) and read with a fixed clock; whatever imports must be storable (the Dossier TEI writer
 * accepts it), and the sample's documents, stored, are valid against tei_all and read back equal.
 */
public abstract class IngestContractTest extends ImporterContractTest {
  private static final Clock FIXED = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  private final String format;
  private final String fileName;
  private final String sample;
  private final Syntax syntax;
  private final List<String> anchors;
  private final List<String> alsoMutated;

  @TempDir(factory = MemoryTempDir.class) Path sources;

  /**
   * The contract for the importer of {@code format}.
   *
   * @param format the importer's format, as {@link Importers#find} knows it
   * @param fileName the name the sample and its variants are imported as
   * @param sample the sample's file under {@code src/test/resources/contract/}; its golden file
   *     is {@code golden/contract/} with the same stem and {@code .json}
   * @param syntax the format's markup
   * @param anchors words of the sample's text; see {@link #anchors()}
   * @param alsoMutated more files mutations start from: under {@code src/test/resources/}, or
   *     under the shared folder for paths that start with {@code shared/}
   */
  protected IngestContractTest(String format, String fileName, String sample, Syntax syntax, List<String> anchors,
      List<String> alsoMutated) {
    this.format = format;
    this.fileName = fileName;
    this.sample = sample;
    this.syntax = syntax;
    this.anchors = List.copyOf(anchors);
    this.alsoMutated = List.copyOf(alsoMutated);
  }

  /** A file under {@code src/test/resources/}, or under the shared folder for a path starting {@code shared/}. */
  protected static byte[] resource(String path) throws IOException {
    return Files.readAllBytes(path.startsWith("shared/") ? SharedData.path(path.substring("shared/".length()))
        : Path.of("src", "test", "resources").resolve(path));
  }

  @Override
  protected final String fileName() {
    return fileName;
  }

  @Override
  protected final byte[] smallValidSample() throws IOException {
    return resource("contract/" + sample);
  }

  @Override
  protected final String goldenName() {
    return "contract/" + sample.replaceFirst("\\.[a-z]+$", ".json");
  }

  @Override
  protected final Syntax syntax() {
    return syntax;
  }

  @Override
  protected final List<String> anchors() {
    return anchors;
  }

  @Override
  protected List<byte[]> mutationSources() throws IOException {
    List<byte[]> all = new ArrayList<>(List.of(smallValidSample()));
    for (String path : alsoMutated) all.add(resource(path));
    return all;
  }

  /** The importer's format, which every document records (Dossier TEI keeps the source's own). */
  @Override
  protected @Nullable String provenanceFormat() {
    return format;
  }

  @Override
  protected final ImportOutcome importBytes(String fileName, byte[] bytes) {
    Importer importer = Importers.find(format).orElseThrow();
    ImportOptions options = new ImportOptions(ImportOptions.DEFAULT_MAX_BYTES, MAX_ISSUES, FIXED, sources);
    List<Document> documents = new ArrayList<>();
    List<String> issues = new ArrayList<>();
    Path file;
    try {
      file = Files.write(sources.resolve(fileName), bytes);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write the source to import", e);
    }
    try {
      importer.read(file, options, new ImportSink() {
        @Override public void document(Document d) {
          documents.add(d);
        }

        @Override public void issue(ImportIssue i) {
          issues.add(i.toString());
        }
      });
    } catch (SourceException e) {
      return ImportOutcome.rejected(e.file(), e);
    } catch (IOException e) {
      // The file was just written: an IOException is bad data reported as a read failure (rule 5).
      throw new UncheckedIOException("an IOException for a readable file", e);
    }
    return ImportOutcome.imported(documents, issues);
  }

  @Override
  protected final String jsonForm(List<Document> documents) {
    return documents.stream().map(JsonForm::toPrettyJson).collect(Collectors.joining());
  }

  /** Every import can be stored: the TEI writer refuses what XML or the schema cannot hold. */
  @Override
  protected void checkImported(String what, List<Document> documents) {
    for (Document d : documents) tei(what, d);
  }

  @Test
  void theFrontDoorPicksThisImporterForTheSample() throws Exception {
    Path file = Files.write(sources.resolve(fileName), smallValidSample());
    assertThat(Importers.detect(file, ImportOptions.defaults()).format()).isEqualTo(format);
  }

  @Test
  void theSampleIsStoredAsValidTeiThatReadsBackEqual() throws Exception {
    ImportOutcome outcome = importBytes(fileName(), smallValidSample());
    assertThat(outcome).isInstanceOf(ImportOutcome.Imported.class);
    for (Document d : ((ImportOutcome.Imported) outcome).documents()) {
      byte[] tei = tei("the sample", d);
      assertThat(TeiSchema.errors(tei)).as("tei_all errors of " + d.id()).isEmpty();
      assertThat(DossierTei.read(new ByteArrayInputStream(tei), d.id() + ".xml")).as(d.id() + " read back")
          .isEqualTo(d);
    }
  }

  private static byte[] tei(String what, Document d) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      DossierTei.write(d, out);
    } catch (IllegalArgumentException e) {
      throw new AssertionError(what + ": document " + d.id() + " cannot be stored: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
