package org.dossier.web;

import java.util.List;
import org.dossier.ingest.ImportOptions;
import org.dossier.ingest.Importers;
import org.dossier.model.Document;
import org.dossier.model.Edition;
import org.dossier.testkit.SharedData;

/** Document 51 of the founding page, imported by the text importer, as an edition of one. */
final class FoundingPage {
  static final String EDITION = "masterpieces";
  private static Document document;

  private FoundingPage() {}

  static synchronized Document document() {
    if (document == null) {
      try {
        document = Importers.read(SharedData.foundingPage(), ImportOptions.defaults()).single()
            .toBuilder().edition(EDITION).build();
      } catch (Exception e) {
        throw new IllegalStateException("cannot import the founding page", e);
      }
    }
    return document;
  }

  static String path() {
    return "/" + EDITION + "/" + document().id();
  }

  static Edition edition() {
    return new Edition(EDITION, "Masterpieces of History: The Peaceful End of the Cold War in Europe, 1989",
        document().editors(), "Central European University Press", null, List.of(), List.of(), List.of());
  }

  static EditionSource source() {
    return EditionSource.of(edition(), List.of(document()));
  }
}
