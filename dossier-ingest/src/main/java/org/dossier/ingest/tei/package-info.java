/** TEI P5: Dossier's own TEI writer and reader, FRUS and Parla-CLARIN importers; StAX only, via {@link org.dossier.ingest.tei.SecureXml}. */
@NullMarked
package org.dossier.ingest.tei;

import org.jspecify.annotations.NullMarked;
