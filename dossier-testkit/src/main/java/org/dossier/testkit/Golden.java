package org.dossier.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: expected output kept in {@code src/test/resources/golden/}. Run the tests with
 * {@code -Dgolden.update} to rewrite them, then read the diff.
 */
public final class Golden {
  private Golden() {}

  /** Asserts that {@code actual} equals the golden file {@code name} (or rewrites it with -Dgolden.update). */
  public static void assertMatches(String name, String actual) {
    Path file = Path.of("src", "test", "resources", "golden").resolve(name);
    try {
      if (System.getProperty("golden.update") != null) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      assertThat(file).as("golden file %s (create it with -Dgolden.update)", file).exists();
      String expected = Files.readString(file, StandardCharsets.UTF_8);
      assertThat(actual).as("output differs from golden file %s (rewrite with -Dgolden.update)", file)
          .isEqualTo(expected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
