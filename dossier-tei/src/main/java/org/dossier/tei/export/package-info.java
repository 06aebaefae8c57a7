/** Writers that take a {@link org.dossier.model.Document} out of Dossier as Markdown or plain text. */
@NullMarked
package org.dossier.tei.export;

import org.jspecify.annotations.NullMarked;
