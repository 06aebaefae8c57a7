package org.dossier.ingest.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.dossier.ingest.ImportException;
import org.dossier.ingest.ImportOptions;
import org.dossier.ingest.ImportResult;
import org.dossier.ingest.html.HtmlPageImporter;

/** The test fixtures under {@code fixtures/text/}, imported with a fixed clock. */
final class Fixtures {
  static final ImportOptions OPTIONS =
      ImportOptions.defaults().withClock(Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC));

  private Fixtures() {}

  static byte[] bytes(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/text/" + name)) {
      if (in == null) throw new IllegalArgumentException("no fixture " + name);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ImportResult text(String name) throws ImportException {
    return new TextPageImporter().read(name, bytes(name), OPTIONS);
  }

  static ImportResult text(String name, byte[] bytes) throws ImportException {
    return new TextPageImporter().read(name, bytes, OPTIONS);
  }

  static ImportResult html(String name) throws ImportException {
    return new HtmlPageImporter().read(name, bytes(name), OPTIONS);
  }
}
