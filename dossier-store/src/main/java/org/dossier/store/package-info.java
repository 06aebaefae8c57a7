/**
 * The edition store: an edition folder with {@code edition.json} and one Dossier TEI file per
 * document, written atomically. The front door is {@link org.dossier.store.EditionStore}; the
 * file formats are described in {@code docs/store.md}.
 */
@NullMarked
package org.dossier.store;

import org.jspecify.annotations.NullMarked;
