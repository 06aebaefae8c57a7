/**
 * Importers: pure functions from source files to {@link org.dossier.model.Document}s plus the
 * {@link org.dossier.ingest.ImportIssue}s found on the way. {@link org.dossier.ingest.Importers}
 * is the front door. Importers never touch the store or the index.
 */
@NullMarked
package org.dossier.ingest;

import org.jspecify.annotations.NullMarked;
