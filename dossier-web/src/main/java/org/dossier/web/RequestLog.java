package org.dossier.web;

import org.dossier.tei.SourceException;
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

  /** {@code s} on one line ({@link SourceException#oneLine}), cut after 500 characters. */
  static String printable(String s) {
    String line = SourceException.oneLine(s.length() > 600 ? s.substring(0, 600) : s);
    return line.length() > 500 ? line.substring(0, 500) + "…" : line;
  }
}
