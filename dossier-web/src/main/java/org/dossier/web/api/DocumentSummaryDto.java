package org.dossier.web.api;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A document in {@code GET /api/editions/{e}/documents}.
 *
 * @param id the document id
 * @param number the printed number, or null
 * @param title the title
 * @param date the date as ISO 8601 (or a range {@code start/end}), or null
 * @param type the document type, or null
 * @param url the reader's address
 * @param api the address of the JSON form
 * @param sections the titles of the divisions of the volume that hold the document, outermost first
 */
public record DocumentSummaryDto(String id, @Nullable String number, String title, @Nullable String date,
    @Nullable String type, String url, String api, List<String> sections) {}
