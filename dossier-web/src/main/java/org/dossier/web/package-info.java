/** The web front door: wiring of the reader, the search pages and the JSON API. */
@NullMarked
package org.dossier.web;

import org.jspecify.annotations.NullMarked;
