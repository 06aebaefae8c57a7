package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.app.Fixtures.dispatch;
import static org.dossier.app.Fixtures.source;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveEditionTest {
  @TempDir Path tmp;
  private final DossierApp app = DossierApp.of(AppConfig.defaults());

  @Test
  void aFolderThatIsNotAnEditionIsAnErrorThatSaysSo() {
    AppException e = assertThrows(AppException.class, () -> LiveEdition.open(tmp));
    assertThat(e).hasMessageContaining(tmp.toString()).hasMessageContaining("not a Dossier edition");
  }

  @Test
  void aRefreshOpensTheFolderAgainOnlyWhenItChangedAndMovesTheRevisionOn() throws Exception {
    Path ed = Fixtures.edition(app, tmp.resolve("ed"));
    LiveEdition live = app.read(ed);
    assertThat(live.refresh()).isFalse();
    assertThat(live.revision()).isZero();
    app.importInto(ed, ImportRequest.of(List.of(source(tmp.resolve("in"), dispatch("d1", "Old Title", "Text.")))), null);
    assertThat(live.findEntry("d1")).isEmpty();
    assertThat(live.refresh()).isTrue();
    assertThat(live.revision()).isEqualTo(1);
    assertThat(live.expect("d1").title()).isEqualTo("Old Title");
    app.importInto(ed, ImportRequest.of(List.of(source(tmp.resolve("in2"), dispatch("d1", "New Title", "Text.")))), null);
    assertThat(live.refresh()).isTrue();
    assertThat(live.revision()).isEqualTo(2);
    assertThat(live.expect("d1").title()).isEqualTo("New Title");
  }

  @Test
  void expectingAMissingDocumentNamesItAndTheEdition() throws Exception {
    Path ed = Fixtures.edition(app, tmp.resolve("ed"));
    LiveEdition live = app.read(ed);
    assertThat(live.find("nope")).isEmpty();
    AppException e = assertThrows(AppException.class, () -> live.expect("nope"));
    assertThat(e).hasMessage("no document 'nope' in " + ed.toAbsolutePath().normalize());
  }
}
