package org.dossier.ingest.internal.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.dossier.tei.SourceException;
import org.dossier.ingest.ImportOptions;
import org.dossier.ingest.ImportResult;
import org.dossier.ingest.internal.html.HtmlPageImporter;

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

  static ImportResult text(String name) throws SourceException {
    return new TextPageImporter().read(name, bytes(name), OPTIONS);
  }

  static ImportResult text(String name, byte[] bytes) throws SourceException {
    return new TextPageImporter().read(name, bytes, OPTIONS);
  }

  static ImportResult html(String name) throws SourceException {
    return new HtmlPageImporter().read(name, bytes(name), OPTIONS);
  }
}
