/**
 * Citations of an edition's documents, paragraphs, speeches and printed pages: {@link
 * org.dossier.cite.Citer} renders them with the official CSL styles (Chicago, MLA, APA, or any
 * other by its id) through citeproc-java, and exports BibTeX, RIS and CSL-JSON.
 */
@NullMarked
package org.dossier.cite;

import org.jspecify.annotations.NullMarked;
