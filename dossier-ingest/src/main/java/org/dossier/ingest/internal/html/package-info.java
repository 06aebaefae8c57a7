/**
 * HTML document pages: renders the page with jsoup into the lines the text layout parser reads,
 * so an HTML page and its text rendering import into the same model.
 */
@NullMarked
package org.dossier.ingest.internal.html;

import org.jspecify.annotations.NullMarked;
