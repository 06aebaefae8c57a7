package org.dossier.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's log of answers that were not a success. A user's mistake (4xx) is one line at
 * INFO with the status and the message it was given; only a fault of the server (5xx) is logged at
 * ERROR with its stack trace. The request's method and path are the client's bytes: control
 * characters are escaped so that a request cannot forge log lines.
 */
final class RequestLog {
  /** Its own logger name, so that it can be silenced or sent elsewhere without the rest. */
  static final String NAME = "org.dossier.web.requests";
  private static final Logger LOG = LoggerFactory.getLogger(NAME);

  private RequestLog() {}

  /** Logs one line for an answer with a 4xx status. */
  static void userError(String method, String path, int status, String message) {
    LOG.info("{} {} -> {} {}", printable(method), printable(path), status, printable(message));
  }

  /** Logs a fault with its stack trace. */
  static void fault(String method, String path, Throwable cause) {
    LOG.error("{} {} -> 500", printable(method), printable(path), cause);
  }

  /** {@code s} with control characters as {@code \n}, {@code \t}, {@code \\u001b}…, and at most 500 characters. */
  static String printable(String s) {
    StringBuilder out = new StringBuilder(Math.min(s.length(), 520));
    for (int i = 0; i < s.length() && out.length() < 500; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\\' -> out.append("\\\\");
        default -> {
          if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    if (out.length() >= 500) out.append('…');
    return out.toString();
  }
}
