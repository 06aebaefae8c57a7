/**
 * Scraped document pages: turns the text a browser shows for one document of a digital edition
 * (chrome, edition title, editors, "Document No. N: Title", date, numbered paragraphs with speaker
 * labels, footnote previews, the archival source line, footnote bodies, the copyright line) into
 * a structured {@link org.dossier.model.Document}. {@link org.dossier.ingest.internal.text.TextPageImporter}
 * is the entry point; {@link org.dossier.ingest.internal.text.PageParser} is the layout parser shared with
 * the HTML importer.
 */
@NullMarked
package org.dossier.ingest.internal.text;

import org.jspecify.annotations.NullMarked;
