/**
 * Imports volumes of the <i>Foreign Relations of the United States</i> (TEI P5, format
 * {@code tei-frus}): one {@link org.dossier.model.Document} per {@code div[@type='document']},
 * the persons and terms lists as the edition's registers. Streaming: one document at a time.
 */
@NullMarked
package org.dossier.ingest.internal.frus;

import org.jspecify.annotations.NullMarked;
