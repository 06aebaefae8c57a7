package org.dossier.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** When the web layer was loaded: the datestamp of documents whose source keeps none. */
final class Loaded {
  static final Instant AT = Instant.now().truncatedTo(ChronoUnit.SECONDS);

  private Loaded() {}
}
