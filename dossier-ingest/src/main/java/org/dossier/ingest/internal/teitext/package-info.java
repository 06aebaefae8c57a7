/**
 * Internal helpers shared by the TEI importers ({@code tei-frus}, {@code tei-parla}): whitespace
 * normalising text buffers with code-point offsets, and small StAX utilities. Please do not
 * depend on this package from outside {@code org.dossier.ingest}.
 */
@NullMarked
package org.dossier.ingest.internal.teitext;

import org.jspecify.annotations.NullMarked;
