package org.dossier.oai;

import java.util.List;
import java.util.Optional;
import org.dossier.model.Document;
import org.dossier.model.Edition;

/**
 * What the OAI-PMH provider reads from one edition (the port the web adapter fills from an edition
 * folder). Implementations are thread-safe and read-only.
 */
public interface HarvestSource {
  /** The edition: its id is the OAI set, its title the set's name; publisher and licence go into records. */
  Edition edition();

  /**
   * Every document of the edition with its datestamp, the removed ones included, without reading
   * any document (a listing kept beside the documents): ids are unique.
   */
  List<HarvestRecord> records();

  /** The document {@code id} (a URL-safe id), or empty if the edition no longer has it. */
  Optional<Document> find(String id);

  /**
   * A number that changes whenever {@link #records()} may have changed, so the provider can keep
   * its index of records until then.
   */
  long revision();
}
