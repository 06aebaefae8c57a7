/**
 * The importers' internals: scraped text pages ({@code text}), HTML pages ({@code html}), FRUS
 * volumes ({@code frus}), Parla-CLARIN debates ({@code parla}), their shared TEI text handling
 * ({@code teitext}) and Dossier's own TEI ({@code tei}). Please don't depend on these packages:
 * reach them through {@link org.dossier.ingest.Importers}; they change without notice.
 */
@NullMarked
package org.dossier.ingest.internal;

import org.jspecify.annotations.NullMarked;
