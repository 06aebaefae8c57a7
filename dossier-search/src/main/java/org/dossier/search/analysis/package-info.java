/**
 * Analysis chains, defined once as data (tokenizer and filter factory names with their
 * parameters) so that the embedded Lucene engine and a Solr schema use exactly the same
 * analysis.
 *
 * <p>The text chain, in order: the ICU tokenizer (UAX #29 words, any script); English
 * possessives removed ({@code Gorbachev’s} → {@code Gorbachev}); Cyrillic romanised the way
 * English texts spell Russian names ({@link org.dossier.search.analysis.CyrillicLatinFilter}:
 * {@code Горбачёв} → {@code gorbachev}); Latin letters with a háček given a second, English-style
 * spelling at the same position ({@link org.dossier.search.analysis.HacekVariantFilter}:
 * {@code Gorbačev} → {@code Gorbačev} + {@code Gorbachev}); ICU folding (case, diacritics:
 * {@code Jakeš} → {@code jakes}); and a light plural stemmer that keeps the word as written and adds its
 * singular at the same position ({@link org.dossier.search.analysis.EnglishPluralVariantFilter}),
 * so names are never replaced by a mangled stem, only joined by one.
 *
 * <p>Wildcard, prefix and fuzzy terms are normalised by the multi-term-aware part of the same
 * chain (romanisation and folding), so {@code Горбач*} becomes {@code gorbach*}.
 */
@NullMarked
package org.dossier.search.analysis;

import org.jspecify.annotations.NullMarked;
