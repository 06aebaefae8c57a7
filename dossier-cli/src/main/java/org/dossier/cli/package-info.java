/** The {@code dossier} command line: picocli commands over the ingest, store and search modules. */
@NullMarked
package org.dossier.cli;

import org.jspecify.annotations.NullMarked;
