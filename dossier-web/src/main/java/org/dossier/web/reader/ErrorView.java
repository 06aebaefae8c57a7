package org.dossier.web.reader;

/**
 * An error page.
 *
 * @param page the layout's needs
 * @param heading the heading ("Not found")
 * @param message what went wrong, in words safe to show (never a stack trace)
 */
public record ErrorView(Page page, String heading, String message) {
  /** The error page for HTTP status {@code status}. */
  public static ErrorView of(int status, String message) {
    String heading = switch (status) {
      case 400 -> "This request cannot be answered";
      case 404 -> "Not found";
      default -> status < 500 ? "This request cannot be answered" : "Something went wrong";
    };
    return new ErrorView(Page.of(heading + " — Dossier", "error"), heading, message);
  }
}
