package org.dossier.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Checks the raw path and query of a request before anything decodes them: every {@code %} must
 * start a two-digit hex escape, and the escaped bytes must be UTF-8. Javalin decodes path
 * parameters with {@code URLDecoder}, which throws on {@code %u002e}, and query parameters
 * leniently, which turns bad bytes into U+FFFD; both are the client's mistake, so a 400 says so.
 */
final class RequestTarget {
  private RequestTarget() {}

  /**
   * @throws BadRequestException naming the part and the 1-based position of the first bad escape
   */
  static void check(String rawPath, @Nullable String rawQuery) {
    checkPart("path", rawPath);
    if (rawQuery != null) checkPart("query string", rawQuery);
  }

  private static void checkPart(String part, String raw) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    int i = 0;
    while (i < raw.length()) {
      int pct = raw.indexOf('%', i);
      int end = pct < 0 ? raw.length() : pct;
      // Characters outside ASCII arrive decoded from the request line's UTF-8 (curl sends them raw).
      bytes.writeBytes(raw.substring(i, end).getBytes(StandardCharsets.UTF_8));
      if (pct < 0) break;
      int hi = pct + 2 < raw.length() ? Character.digit(raw.charAt(pct + 1), 16) : -1;
      int lo = hi >= 0 ? Character.digit(raw.charAt(pct + 2), 16) : -1;
      if (lo < 0) throw bad(part, pct, "a '%' that does not start a two-digit hex escape such as %2F");
      bytes.write(hi << 4 | lo);
      i = pct + 3;
    }
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()));
    } catch (CharacterCodingException e) {
      throw new BadRequestException("The " + part + " of this address is not UTF-8 once its %-escapes are decoded.",
          0, e);
    }
  }

  private static BadRequestException bad(String part, int index, String what) {
    return new BadRequestException("The " + part + " of this address has " + what + " at character " + (index + 1)
        + ".", 0, null);
  }
}
