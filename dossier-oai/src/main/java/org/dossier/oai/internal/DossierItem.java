package org.dossier.oai.internal;

import io.gdcc.xoai.dataprovider.model.Item;
import io.gdcc.xoai.dataprovider.model.Set;
import io.gdcc.xoai.model.oaipmh.results.record.Metadata;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One record as xoai writes it: a header (identifier, datestamp, set, deleted status) and, for a
 * live record asked for with its metadata, the metadata already serialized, which xoai copies into
 * the response as it is.
 */
final class DossierItem implements Item {
  private final String identifier;
  private final Instant datestamp;
  private final Set set;
  private final boolean deleted;
  private final byte @Nullable [] metadata;

  DossierItem(String identifier, Instant datestamp, Set set, boolean deleted, byte @Nullable [] metadata) {
    this.identifier = identifier;
    this.datestamp = datestamp;
    this.set = set;
    this.deleted = deleted;
    this.metadata = metadata;
  }

  @Override
  public String getIdentifier() {
    return identifier;
  }

  @Override
  public Instant getDatestamp() {
    return datestamp;
  }

  @Override
  public List<Set> getSets() {
    return List.of(set);
  }

  @Override
  public boolean isDeleted() {
    return deleted;
  }

  @Override
  public Metadata getMetadata() {
    if (metadata == null) throw new IllegalStateException("record " + identifier + " was listed without its metadata");
    return Metadata.copyFromStream(new ByteArrayInputStream(metadata));
  }
}
