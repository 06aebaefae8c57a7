/**
 * Code that runs inside Solr nodes, from the plugin jar: Dossier's query parser as Solr's {@code
 * dossier} query parser ({@link org.dossier.solr.plugin.DossierQParserPlugin}).
 */
@NullMarked
package org.dossier.solr.plugin;

import org.jspecify.annotations.NullMarked;
