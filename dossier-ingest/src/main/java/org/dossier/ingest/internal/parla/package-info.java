/**
 * Imports parliamentary debates encoded in Parla-CLARIN or ParlaMint TEI (format
 * {@code tei-parla}): one {@link org.dossier.model.Document} per session, speaker turns resolved
 * through the corpus's person and organisation lists, read only from inside the corpus folder.
 */
@NullMarked
package org.dossier.ingest.internal.parla;

import org.jspecify.annotations.NullMarked;
