package org.dossier.oai.internal;

import io.gdcc.xoai.dataprovider.model.Context;
import io.gdcc.xoai.dataprovider.model.MetadataFormat;

/** The metadata formats every record is offered in. */
final class Formats {
  /** The prefix of the TEI header format. */
  static final String TEI = "tei";
  static final String TEI_NAMESPACE = "http://www.tei-c.org/ns/1.0";
  static final String TEI_SCHEMA = "https://tei-c.org/release/xml/tei/custom/schema/xsd/tei_all.xsd";

  private Formats() {}

  /** A context offering {@code oai_dc} (required by the protocol) and {@code tei} (the document's {@code teiHeader}). */
  static Context context() {
    return Context.context()
        .withMetadataFormat(MetadataFormat.metadataFormat(DublinCore.PREFIX)
            .withNamespace(DublinCore.NAMESPACE).withSchemaLocation(DublinCore.SCHEMA))
        .withMetadataFormat(MetadataFormat.metadataFormat(TEI)
            .withNamespace(TEI_NAMESPACE).withSchemaLocation(TEI_SCHEMA));
  }
}
