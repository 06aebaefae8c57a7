/**
 * Harvesting: OAI-PMH at {@code /oai} (over {@link org.dossier.oai.OaiProvider}), the sitemap and
 * {@code robots.txt}, every address built from the public base URL, never from a request's Host.
 */
@NullMarked
package org.dossier.web.oai;

import org.jspecify.annotations.NullMarked;
