/**
 * The application layer the command line and the web sit on: editions opened with their search
 * index, and the use cases that keep the two in step (import, remove, reindex, check, watch).
 *
 * <p>{@link org.dossier.app.DossierApp} is the front door. It is built from one {@link
 * org.dossier.app.AppConfig}, whose {@link org.dossier.app.IndexConfig} chooses the search engine
 * (the embedded Lucene index, or a SolrCloud collection that an edition records):
 *
 * <pre>{@code
 * DossierApp app = DossierApp.of(AppConfig.defaults());
 * ImportReport r = app.importInto(Path.of("my-edition"), ImportRequest.of(List.of(volume)), null);
 * try (EditionSet editions = app.open(List.of(Path.of("my-edition")))) {
 *   editions.sync();                                   // repair what changed while it was closed
 *   SearchResult hits = editions.index().search(SearchQuery.of("speaker:Gorbachev"));
 * }
 * }</pre>
 *
 * <p>The long use cases (import, check, reindex, sync) tell a {@link org.dossier.app.ProgressListener}
 * how far they have come, stage by stage; {@link org.dossier.app.ProgressLines} writes that as plain
 * lines. Drawing a bar on a terminal is the command line's business, not this layer's.
 */
@NullMarked
package org.dossier.app;

import org.jspecify.annotations.NullMarked;
