/** The embedded Lucene implementation of the search port: {@link org.dossier.search.lucene.LuceneSearchIndex}. */
@NullMarked
package org.dossier.search.lucene;

import org.jspecify.annotations.NullMarked;
