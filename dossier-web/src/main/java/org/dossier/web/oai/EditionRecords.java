package org.dossier.web.oai;

import java.util.List;
import java.util.Optional;
import org.dossier.model.Document;
import org.dossier.model.Edition;
import org.dossier.oai.HarvestRecord;
import org.dossier.oai.HarvestSource;
import org.dossier.web.EditionSource;

/** An edition the web serves, as the OAI-PMH provider reads it. */
final class EditionRecords implements HarvestSource {
  private final EditionSource source;

  EditionRecords(EditionSource source) {
    this.source = source;
  }

  @Override
  public Edition edition() {
    return source.edition();
  }

  @Override
  public List<HarvestRecord> records() {
    return source.records();
  }

  @Override
  public Optional<Document> find(String id) {
    return source.find(id);
  }

  @Override
  public long revision() {
    return source.revision();
  }
}
