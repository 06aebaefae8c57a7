package org.dossier.solr;

import java.io.IOException;
import java.util.List;

/**
 * No Solr node answered: every base URL refused the connection or timed out. The message is one
 * line naming the URLs tried, fit to print as it is ({@code dossier: Solr is unreachable at
 * http://127.0.0.1:8983/solr (Connection refused)}).
 */
public final class SolrUnavailableException extends IOException {
  private static final long serialVersionUID = 1L;

  private final List<String> urls;

  /**
   * @param urls the base URLs tried, in order
   * @param cause the failure of the last one
   */
  public SolrUnavailableException(List<String> urls, Throwable cause) {
    super("Solr is unreachable at " + String.join(", ", urls) + " (" + reason(cause) + ")", cause);
    this.urls = List.copyOf(urls);
  }

  /** The base URLs tried, in order. */
  public List<String> urls() {
    return urls;
  }

  private static String reason(Throwable cause) {
    Throwable root = cause;
    while (root.getCause() != null && root.getCause() != root) root = root.getCause();
    String message = root.getMessage();
    String text = message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    return text.replace('\n', ' ');
  }
}
