package org.dossier.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.dossier.testkit.ImporterContractTest.Syntax;

/**
 * The hostile sources every importer meets (STYLE rule 7: "input files are hostile"), built from
 * the importer's small sample: empty and binary files, NUL bytes, broken UTF-8, byte-order marks
 * and other line ends, very long lines and runs, deep nesting, huge attribute and entity counts,
 * and, for every syntax, the XML attacks (entity bombs, external entities and DTDs).
 */
final class HostileInputs {
  /** A secret an external entity points at: it must never reach a document or a message. */
  static final String SECRET = "TOP-SECRET-CONTRACT-CONTENT";
  /** The text an external DTD would define: it must never be loaded. */
  static final String FROM_DTD = "LOADED-FROM-AN-EXTERNAL-DTD";
  /** Three levels into the entity bomb: expanded, it would show this. */
  static final String EXPANDED = "lollollol";

  /** What a hostile source must give. */
  enum Expect { REJECTED, IMPORTED, EITHER }

  /**
   * One hostile source.
   *
   * @param name what it is, for the test's name
   * @param bytes the source
   * @param expect whether it must be refused, must import, or may do either
   * @param sameAsSample whether, if it imports, it must give the sample's documents exactly
   * @param neverShown text that must appear in no document and no message
   */
  @SuppressWarnings("ArrayRecordComponent") // a test case, named in reports, never compared or hashed
  record Hostile(String name, byte[] bytes, Expect expect, boolean sameAsSample, List<String> neverShown) {}

  private final byte[] sample;
  private final Syntax syntax;
  private final List<String> anchors;
  private final List<String> tokens;
  private final Path dir;
  private final List<Hostile> out = new ArrayList<>();

  private HostileInputs(byte[] sample, Syntax syntax, List<String> anchors, List<String> tokens, Path dir) {
    this.sample = sample;
    this.syntax = syntax;
    this.anchors = anchors;
    this.tokens = tokens;
    this.dir = dir;
  }

  /** The hostile sources for an importer of {@code syntax}; files an attack points at are written to {@code dir}. */
  static List<Hostile> of(byte[] sample, Syntax syntax, List<String> anchors, List<String> tokens, Path dir,
      Random random) {
    HostileInputs h = new HostileInputs(sample, syntax, anchors, tokens, dir);
    h.files(random);
    h.encodings();
    h.sizes();
    h.markup();
    h.xmlAttacks();
    return h.out;
  }

  private void files(Random random) {
    add("an empty file", new byte[0], Expect.REJECTED);
    add("a file of white space", utf8(" \n\t\r\n  \n"), Expect.REJECTED);
    byte[] garbage = new byte[4096];
    random.nextBytes(garbage);
    add("4 KiB of random bytes", garbage, Expect.REJECTED);
    add("a PNG header", HexFormat.of().parseHex("89504e470d0a1a0a0000000d494844520000001000000010"), Expect.REJECTED);
    add("NUL bytes in the text", atAnchor("\0\0"), Expect.EITHER);
    add("a tail of NUL bytes", concat(sample, new byte[1024]), Expect.EITHER);
  }

  private void encodings() {
    for (String[] bad : new String[][] {{"a lone continuation byte", "80"}, {"a 0xFF byte", "ff"},
        {"an encoded surrogate", "eda080"}, {"a cut three-byte character", "e282"}, {"a Latin-1 'é'", "e9"}}) {
      add("invalid UTF-8: " + bad[0], atAnchor(HexFormat.of().parseHex(bad[1])), Expect.REJECTED);
    }
    // Woodstox decodes an overlong sequence as the character it spells; the JDK refuses it.
    add("invalid UTF-8: an overlong '/'", atAnchor(HexFormat.of().parseHex("c0af")),
        syntax == Syntax.XML ? Expect.EITHER : Expect.REJECTED);
    add("a UTF-8 byte-order mark", concat(HexFormat.of().parseHex("efbbbf"), sample), Expect.IMPORTED, true);
    String text = new String(sample, StandardCharsets.UTF_8);
    // The XML declaration, if any, says so too: an XML importer then reads the same documents.
    add("UTF-16 with a byte-order mark", concat(HexFormat.of().parseHex("fffe"),
        text.replaceFirst("^(<\\?xml[^>]*encoding=\")UTF-8\"", "$1UTF-16\"").getBytes(StandardCharsets.UTF_16LE)),
        Expect.EITHER, true);
    String lf = text.replace("\r\n", "\n");
    add("CRLF line ends", utf8(lf.replace("\n", "\r\n")), Expect.IMPORTED, true);
    add("CR line ends", utf8(lf.replace('\n', '\r')), Expect.IMPORTED, true);
    add("decomposed letters (NFD)", utf8(Normalizer.normalize(text, Normalizer.Form.NFD)), Expect.EITHER, true);
    add("a letter and its accent as character references", atAnchor("e&#x301;&#x327; &#x1E9B;&#x323;"),
        Expect.EITHER);
    add("control characters in the text", atAnchor("\u0001\u0007\u001B\u007F\u0085"), Expect.EITHER);
    add("noncharacters in the text", atAnchor("\uFFFE\uFFFF"), Expect.EITHER);
    add("character references XML cannot hold", atAnchor("&#1;&#xFFFE;&#xD800;&#0;"),
        syntax == Syntax.XML ? Expect.REJECTED : Expect.EITHER);
  }

  private void sizes() {
    add("a line of one million characters", atAnchor(" word".repeat(200_000)), Expect.EITHER);
    for (String anchor : anchors) {
      add("100,000 spaces and a letter after '" + anchor + "'", atAnchor(anchor, " ".repeat(100_000) + "x"),
          Expect.EITHER);
      for (String token : tokens) {
        String run = token.repeat(Math.max(1, 64 * 1024 / Math.max(1, token.length())));
        add("64 KiB of '" + printable(token) + "' after '" + anchor + "'", atAnchor(anchor, run), Expect.EITHER);
      }
    }
  }

  private void markup() {
    if (syntax == Syntax.TEXT) {
      add("brackets nested 10,000 deep", atAnchor("[".repeat(10_000) + "x" + "]".repeat(10_000)), Expect.EITHER);
    } else {
      // XML through SecureXml refuses the depth; HTML parsers bound it themselves.
      boolean xml = syntax == Syntax.XML;
      String block = xml ? "hi" : "div";
      add("elements nested 20,000 deep", atAnchor(("<" + block + ">").repeat(20_000) + "x"
          + ("</" + block + ">").repeat(20_000)), xml ? Expect.REJECTED : Expect.EITHER);
      String inline = xml ? "<hi" : "<span";
      String close = xml ? ">x</hi>" : ">x</span>";
      add("an element with 5,000 attributes", atAnchor(inline + attributes(5_000) + close), Expect.EITHER);
      add("a one-megabyte attribute value", atAnchor(inline + " title=\"" + "r".repeat(1 << 20) + "\"" + close),
          Expect.EITHER);
    }
    add("100,000 entity references", atAnchor("&amp;".repeat(100_000)), Expect.EITHER);
    add("50,000 character references", atAnchor("&#x1D504;".repeat(50_000)), Expect.EITHER);
    add("an undeclared entity", atAnchor("&nbsp;"), syntax == Syntax.XML ? Expect.REJECTED : Expect.EITHER);
  }

  /** Entity bombs, external entities and external DTDs: refused by XML importers, inert text for the others. */
  private void xmlAttacks() {
    Expect refused = syntax == Syntax.XML ? Expect.REJECTED : Expect.EITHER;
    StringBuilder bomb = new StringBuilder("<!DOCTYPE TEI [\n<!ENTITY lol0 \"lol\">\n");
    for (int i = 1; i <= 10; i++) {
      bomb.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
    }
    bomb.append("]>\n");
    add(new Hostile("an entity-expansion bomb", inProlog(bomb.toString(), "&lol10;"), refused, false,
        List.of(EXPANDED)));
    Path secret = write("secret.txt", SECRET);
    add(new Hostile("an external entity naming a local file", inProlog(
        "<!DOCTYPE TEI [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n", "&xxe;"), refused, false,
        List.of(SECRET)));
    Path dtd = write("evil.dtd", "<!ENTITY greeting \"" + FROM_DTD + "\">");
    add(new Hostile("an external DTD", inProlog("<!DOCTYPE TEI SYSTEM \"" + dtd.toUri() + "\">\n", "&greeting;"),
        refused, false, List.of(FROM_DTD)));
    add(new Hostile("a DOCTYPE without entities", inProlog("<!DOCTYPE TEI>\n", ""), Expect.EITHER,
        syntax == Syntax.XML, List.of()));
  }

  private void add(String name, byte[] bytes, Expect expect) {
    add(name, bytes, expect, false);
  }

  private void add(String name, byte[] bytes, Expect expect, boolean sameAsSample) {
    add(new Hostile(name, bytes, expect, sameAsSample, List.of()));
  }

  private void add(Hostile h) {
    out.add(h);
  }

  private byte[] atAnchor(String insert) {
    return atAnchor(anchors.get(0), insert);
  }

  private byte[] atAnchor(String anchor, String insert) {
    return atAnchor(anchor, utf8(insert));
  }

  private byte[] atAnchor(byte[] insert) {
    return atAnchor(anchors.get(0), insert);
  }

  /** The sample with {@code insert} right after the first {@code anchor}. */
  private byte[] atAnchor(String anchor, byte[] insert) {
    int at = indexOf(sample, utf8(anchor), 0);
    if (at < 0) throw new IllegalArgumentException("anchor '" + anchor + "' is not in the sample");
    at += utf8(anchor).length;
    return Mutator.splice(sample, at, at, insert);
  }

  /** The sample with {@code prolog} after its XML declaration (or first) and {@code reference} at the anchor. */
  private byte[] inProlog(String prolog, String reference) {
    byte[] withReference = atAnchor(reference);
    int at = 0;
    if (startsWith(withReference, utf8("<?xml"))) at = indexOf(withReference, utf8("?>"), 0) + 2;
    return Mutator.splice(withReference, at, at, utf8("\n" + prolog));
  }

  private Path write(String name, String content) {
    try {
      return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String attributes(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) sb.append(" a").append(i).append("=\"").append(i).append('"');
    return sb.toString();
  }

  private static String printable(String token) {
    StringBuilder sb = new StringBuilder();
    token.codePoints().forEach(c -> sb.append(c < 0x20 || c == 0x7F
        ? String.format(Locale.ROOT, "\\u%04X", c) : Character.toString(c)));
    return sb.toString();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(a.length + b.length);
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }

  private static boolean startsWith(byte[] b, byte[] prefix) {
    return b.length >= prefix.length && java.util.Arrays.equals(b, 0, prefix.length, prefix, 0, prefix.length);
  }

  static int indexOf(byte[] b, byte[] what, int from) {
    outer:
    for (int i = from; i <= b.length - what.length; i++) {
      for (int k = 0; k < what.length; k++) if (b[i + k] != what[k]) continue outer;
      return i;
    }
    return -1;
  }
}
