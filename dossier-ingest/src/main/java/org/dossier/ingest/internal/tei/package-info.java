/** The importer of Dossier's own TEI ({@code tei-dossier}), a thin wrapper over {@link org.dossier.tei.DossierTei}. */
@NullMarked
package org.dossier.ingest.internal.tei;

import org.jspecify.annotations.NullMarked;
