/**
 * The Dossier document model: immutable, validating records for an {@link org.dossier.model.Edition}
 * and its {@link org.dossier.model.Document}s.
 *
 * <p>Text is Unicode in NFC (normalised once, at import). Offsets into a block's text count
 * Unicode code points, not {@code char}s. A block's {@code text} is the reading text as printed,
 * editorial brackets included; note calls are not in it, only their positions.
 */
@NullMarked
package org.dossier.model;

import org.jspecify.annotations.NullMarked;
