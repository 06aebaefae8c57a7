package org.dossier.web.api;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An edition in {@code GET /api/editions}.
 *
 * @param id the edition id
 * @param title the title
 * @param editors the editors
 * @param publisher the publisher, or null
 * @param licence the licence, or null
 * @param documents the number of documents
 * @param url the reader's address of the edition
 * @param api the address of its document list
 */
public record EditionDto(String id, String title, List<String> editors, @Nullable String publisher,
    @Nullable String licence, int documents, String url, String api) {}
