/**
 * Imports TEI P5 files that are neither Dossier's own, nor FRUS volumes, nor Parla-CLARIN debates
 * (format {@code tei}): one {@link org.dossier.model.Document} per document division, per
 * {@code text} of a {@code group} or per {@code TEI} of a {@code teiCorpus}.
 */
@NullMarked
package org.dossier.ingest.internal.generictei;

import org.jspecify.annotations.NullMarked;
