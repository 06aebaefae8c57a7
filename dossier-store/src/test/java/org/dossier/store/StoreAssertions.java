package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Checks an edition folder from the outside, without the store's own code. */
final class StoreAssertions {
  private StoreAssertions() {}

  /**
   * Asserts that {@code edition.json} lists exactly the document files, each with the SHA-256 of
   * its bytes, and that no temporary file is left.
   */
  static void assertConsistent(Path dir) throws IOException {
    JsonNode root = new ObjectMapper().readTree(dir.resolve("edition.json").toFile());
    List<String> listed = new ArrayList<>();
    for (JsonNode d : root.get("documents")) {
      Path file = dir.resolve(d.get("file").textValue());
      assertThat(file).as("file of %s", d.get("id")).isRegularFile();
      assertThat(d.get("sha256").textValue()).as("hash of %s", file).isEqualTo(AtomicFiles.sha256(Files.readAllBytes(file)));
      listed.add(d.get("file").textValue());
    }
    try (Stream<Path> files = Files.list(dir.resolve("documents"))) {
      assertThat(files.map(p -> "documents/" + p.getFileName())).containsExactlyInAnyOrderElementsOf(listed);
    }
    assertThat(temporaryFiles(dir)).isEmpty();
  }

  /** The temporary files in the edition folder and its documents folder. */
  static List<Path> temporaryFiles(Path dir) throws IOException {
    List<Path> temps = new ArrayList<>();
    for (Path folder : List.of(dir, dir.resolve("documents"))) {
      if (!Files.isDirectory(folder)) continue;
      try (Stream<Path> files = Files.list(folder)) {
        files.filter(p -> p.getFileName().toString().endsWith(".tmp")).forEach(temps::add);
      }
    }
    return temps;
  }
}
