package org.dossier.ingest.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.ingest.ImportOptions;
import org.dossier.ingest.ImportResult;
import org.dossier.ingest.Importers;
import org.dossier.model.Edition;
import org.dossier.testkit.SharedData;
import org.junit.jupiter.api.Test;

/** Edition facts read from a page's copyright line (issue #12). */
class CopyrightTest {
  @Test
  void theFoundingPageGivesItsPublisherAndYear() throws Exception {
    ImportResult r = Importers.read(SharedData.foundingPage(), ImportOptions.defaults());
    Edition e = r.edition();
    assertThat(e).isNotNull();
    assertThat(e.publisher()).isEqualTo("Central European University Press");
    assertThat(e.imprint().year()).isEqualTo(2010);
    assertThat(e.title()).startsWith("Masterpieces of History");
  }

  @Test
  void readsTheCommonShapesOfACopyrightLine() {
    assertThat(Copyright.parse("© Example University Press, 2010"))
        .isEqualTo(new Copyright.Facts("Example University Press", 2010));
    assertThat(Copyright.parse("Copyright © 1998 by Harbour Books. All rights reserved."))
        .isEqualTo(new Copyright.Facts("Harbour Books", 1998));
    assertThat(Copyright.parse("(c) 2021 Quiet Press")).isEqualTo(new Copyright.Facts("Quiet Press", 2021));
    assertThat(Copyright.parse("© Harbour Books")).isEqualTo(new Copyright.Facts("Harbour Books", null));
  }

  @Test
  void aLineThatIsNotACopyrightLineGivesNothing() {
    assertThat(Copyright.parse("Published in 2010 by Example University Press")).isNull();
    assertThat(Copyright.parse("©")).isNull();
  }
}
