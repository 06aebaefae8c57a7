package org.dossier.ingest.internal.frus;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.dossier.ingest.ImportOptions;
import org.dossier.ingest.ImportResult;
import org.dossier.ingest.Importers;
import org.dossier.tei.json.JsonForm;
import org.dossier.testkit.Golden;
import org.junit.jupiter.api.Test;

/**
 * The JSON form of the invented FRUS-like fixture, pinned (rewrite with -Dgolden.update). Golden
 * files hold only our own fixtures, never corpus text.
 */
class FrusGoldenTest {
  static final ImportOptions FIXED =
      ImportOptions.defaults().withClock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

  @Test
  void smallVolumeDocumentsAsJson() throws Exception {
    ImportResult r = Importers.read(Path.of("src/test/resources/frus/small-volume.xml"), FIXED);
    Golden.assertMatches("frus/small-volume-1.json", JsonForm.toPrettyJson(r.documents().get(0)));
    Golden.assertMatches("frus/small-volume-2.json", JsonForm.toPrettyJson(r.documents().get(1)));
  }

  @Test
  void structureVolumeDocumentsAsJson() throws Exception {
    ImportResult r = Importers.read(Path.of("src/test/resources/frus/structure-volume.xml"), FIXED);
    StringBuilder all = new StringBuilder();
    r.documents().forEach(d -> all.append(JsonForm.toPrettyJson(d)));
    Golden.assertMatches("frus/structure-volume.json", all.toString());
  }
}
