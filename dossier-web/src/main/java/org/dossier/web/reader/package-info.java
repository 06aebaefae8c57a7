/** The reader's HTML pages: home, edition, document, registers (persons, places, terms); view records rendered by JTE templates. */
@NullMarked
package org.dossier.web.reader;

import org.jspecify.annotations.NullMarked;
