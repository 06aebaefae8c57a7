/**
 * The implementation of {@link org.dossier.oai.OaiProvider}: xoai's repositories over the
 * editions, the record index, the metadata writers. Not an API; please don't depend on it.
 */
@NullMarked
package org.dossier.oai.internal;

import org.jspecify.annotations.NullMarked;
