package org.dossier.web.reader;

/**
 * A link: a label and a site-relative address built from URL-safe ids only.
 *
 * @param label the text shown
 * @param href the address
 */
public record Link(String label, String href) {}
