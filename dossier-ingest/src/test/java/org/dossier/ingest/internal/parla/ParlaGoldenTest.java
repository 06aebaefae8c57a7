package org.dossier.ingest.internal.parla;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.dossier.ingest.ImportOptions;
import org.dossier.ingest.Importers;
import org.dossier.tei.json.JsonForm;
import org.dossier.testkit.Golden;
import org.junit.jupiter.api.Test;

/** The JSON form of the invented debate session, pinned (rewrite with -Dgolden.update). */
class ParlaGoldenTest {
  static final ImportOptions FIXED =
      ImportOptions.defaults().withClock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

  @Test
  void inventedSessionWithTokensStagesAndParties() throws Exception {
    Golden.assertMatches("parla/Test-session-2001-05-04.json", JsonForm.toPrettyJson(
        Importers.read(Path.of("src/test/resources/parla/corpus/Test-corpus.xml"), FIXED).single()));
  }

  @Test
  void inventedAnnotatedSittingWithTokensLabelsEventsAndOffices() throws Exception {
    Golden.assertMatches("parla/Ana-2020-03-04.json", JsonForm.toPrettyJson(
        Importers.read(Path.of("src/test/resources/parla/ana/Ana-corpus.xml"), FIXED).documents().get(0)));
  }
}
