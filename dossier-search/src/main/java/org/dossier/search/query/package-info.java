/**
 * Dossier's query syntax, engine-neutral: {@link org.dossier.search.query.DossierQueryParser} turns
 * a query into a Lucene {@code Query} with a given analyzer and a given way of matching dates, and
 * {@link org.dossier.search.query.ExpansionGuard} bounds its patterns. The embedded engine uses
 * them directly; the Solr engine ships them to its nodes in the plugin jar, so both read a query
 * the same way.
 */
@NullMarked
package org.dossier.search.query;

import org.jspecify.annotations.NullMarked;
