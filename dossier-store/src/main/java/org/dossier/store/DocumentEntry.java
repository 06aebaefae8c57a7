package org.dossier.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.dossier.model.Document;
import org.dossier.model.Ids;
import org.jspecify.annotations.Nullable;

/**
 * What {@code edition.json} records about one stored document: enough to list and find it
 * without reading its file, and the hash that tells whether the file has changed.
 *
 * @param id the document id (URL-safe)
 * @param file the file, relative to the edition folder, with {@code /} separators
 *     ({@code documents/d51.xml})
 * @param sha256 the SHA-256 of the file's bytes, 64 lower-case hex digits
 * @param number the document number as printed, or null
 * @param title the title (may be empty)
 * @param date the date in {@link org.dossier.model.DocDate#toString()} form, or null
 * @param type the document type (memcon, telegram, debate…), or null, for tables of contents
 * @param sections the titles of the volume's divisions that hold the document, outermost first
 *     ({@code "sections"} in {@code edition.json}, absent when empty), for tables of contents
 * @param modified when the document's content was last written (UTC, whole seconds): the datestamp an
 *     OAI-PMH harvester sees; storing the same bytes again keeps it
 */
public record DocumentEntry(
    String id, String file, String sha256, @Nullable String number, String title, @Nullable String date,
    @Nullable String type, List<String> sections, Instant modified) {
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  public DocumentEntry {
    Ids.requireUrlSafe(id, "document id");
    Objects.requireNonNull(file, "file");
    if (file.isBlank() || file.startsWith("/") || file.contains("\\") || file.contains("..")) {
      throw new IllegalArgumentException("file must be a relative path inside the edition: '" + file + "'");
    }
    Objects.requireNonNull(sha256, "sha256");
    sha256 = sha256.toLowerCase(Locale.ROOT);
    if (!SHA256.matcher(sha256).matches()) {
      throw new IllegalArgumentException("sha256 must be 64 hex digits: '" + sha256 + "'");
    }
    Objects.requireNonNull(title, "title");
    number = number == null || number.isBlank() ? null : number;
    date = date == null || date.isBlank() ? null : date;
    type = type == null || type.isBlank() ? null : type;
    sections = List.copyOf(sections);
    modified = Objects.requireNonNull(modified, "modified").truncatedTo(ChronoUnit.SECONDS);
  }

  /** The entry for {@code document} stored in {@code file} with the given hash, written at {@code modified}. */
  static DocumentEntry of(Document document, String file, String sha256, Instant modified) {
    return new DocumentEntry(document.id(), file, sha256, document.number(), document.title(),
        document.date() == null ? null : document.date().toString(), document.type(), document.sections(),
        modified);
  }
}
