package org.dossier.web.reader;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a document page's {@code <head>} tells machines: a canonical link, {@code <meta>} tags
 * (Highwire Press {@code citation_*} for Google Scholar and Zotero, Dublin Core {@code DC.*}, Open
 * Graph {@code og:*}) and schema.org JSON-LD.
 *
 * @param canonical the page's public address
 * @param tags the meta tags, in order
 * @param jsonLd the JSON-LD, already safe to put between {@code <script>} tags, or null
 */
public record HeadMeta(String canonical, List<Tag> tags, @Nullable String jsonLd) {
  public HeadMeta {
    tags = List.copyOf(tags);
  }

  /**
   * One {@code <meta>} tag.
   *
   * @param property true for {@code property=} (Open Graph), false for {@code name=}
   * @param key the name or property
   * @param content the value
   */
  public record Tag(boolean property, String key, String content) {}
}
