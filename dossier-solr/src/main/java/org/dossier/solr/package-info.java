/**
 * The SolrCloud engine of the search port: {@link org.dossier.solr.SolrSearchIndex} over SolrJ's
 * JDK HTTP client, the configset generated from Dossier's fields and analysis chains ({@link
 * org.dossier.solr.SolrConfigset}), and a launcher for a local SolrCloud ({@link
 * org.dossier.solr.LocalSolrCloud}).
 */
@NullMarked
package org.dossier.solr;

import org.jspecify.annotations.NullMarked;
