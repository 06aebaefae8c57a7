package org.dossier.web.api;

import java.util.List;

/**
 * The body of {@code GET /api/editions/{e}/documents}.
 *
 * @param edition the edition id
 * @param total the number of documents
 * @param documents the documents, in edition order
 */
public record DocumentListDto(String edition, int total, List<DocumentSummaryDto> documents) {}
