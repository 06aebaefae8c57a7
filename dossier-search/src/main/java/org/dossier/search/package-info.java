/** The search port: queries, results and the {@link org.dossier.search.SearchIndex} every engine implements. */
@NullMarked
package org.dossier.search;

import org.jspecify.annotations.NullMarked;
