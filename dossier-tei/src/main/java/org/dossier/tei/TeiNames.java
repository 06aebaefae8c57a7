package org.dossier.tei;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dossier.model.BlockKind;
import org.dossier.model.MarkType;
import org.dossier.model.MentionType;

/** Names and value encodings shared by the Dossier TEI writer and reader. */
final class TeiNames {
  static final String TEI_NS = "http://www.tei-c.org/ns/1.0";
  static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
  static final String APP_IDENT = "dossier";
  static final String APP_VERSION = "0.1";
  static final String TYPE_SCHEME = "dossier:type";

  /** {@code xsd:language}, the datatype of {@code xml:lang} and {@code language/@ident}. */
  private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*");

  private TeiNames() {}

  static boolean isLanguage(String tag) {
    return LANGUAGE.matcher(tag).matches();
  }

  /** The element of a mark written inline. */
  static String markElement(MarkType type) {
    return switch (type) {
      case OMISSION -> "gap";
      case SUPPLIED -> "supplied";
      case SIC -> "sic";
      case FOREIGN -> "foreign";
      case EVENT -> "incident";
      case COMMENT -> "note";
      case PAGE_BREAK -> "pb";
      case MARGIN -> "seg";
      case ITALIC -> "hi";
    };
  }

  /** The element of a mention written inline. */
  static String mentionElement(MentionType type) {
    return switch (type) {
      case PERSON -> "persName";
      case PLACE -> "placeName";
      case TERM -> "term";
      case ORGANIZATION -> "orgName";
    };
  }

  /** The element of a block kind in its natural place (HEADING, OPENER, CLOSER may fall back to {@code ab}). */
  static String blockElement(BlockKind kind) {
    return switch (kind) {
      case PARAGRAPH -> "p";
      case HEADING -> "head";
      case QUOTE -> "quote";
      case ITEM -> "item";
      case OPENER -> "opener";
      case CLOSER -> "closer";
      case STAGE -> "stage";
    };
  }

  /**
   * A register id as a TEI pointer: {@code #} followed by the id, percent-encoding (UTF-8) every
   * character but ASCII letters, digits, {@code - . _ ~}, so any non-blank id makes a valid
   * {@code anyURI} and reads back exactly.
   */
  static String pointer(String ref) {
    StringBuilder sb = new StringBuilder("#");
    for (byte b : ref.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_' || c == '~') {
        sb.append((char) c);
      } else {
        sb.append('%').append(String.format(Locale.ROOT, "%02X", c));
      }
    }
    return sb.toString();
  }

  /** Reads {@link #pointer} back. @throws IllegalArgumentException on a bad escape */
  static String unpointer(String pointer) {
    String s = pointer.startsWith("#") ? pointer.substring(1) : pointer;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%') {
        if (i + 3 > s.length()) {
          throw new IllegalArgumentException("bad percent escape in pointer '" + pointer + "'");
        }
        bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
          b = s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        bytes.write(b, 0, b.length);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
