/**
 * Dossier's own TEI P5: the writer and reader of the edition store's documents ({@link
 * org.dossier.tei.DossierTei}, the front door), and {@link org.dossier.tei.SecureXml}, the one
 * place that makes XML factories (StAX, hardened against hostile input) for every TEI reader.
 */
@NullMarked
package org.dossier.tei;

import org.jspecify.annotations.NullMarked;
