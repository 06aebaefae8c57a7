package org.dossier.testkit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Damages a source the way files get damaged and the way fuzzers probe parsers: bytes changed to
 * markup or to anything, runs deleted, doubled or moved, lines dropped, doubled or swapped,
 * digits changed, tokens of the format sprinkled in, the end cut off. Deterministic for a given
 * {@link Random}.
 */
final class Mutator {
  private static final byte[] MARKUP = "<>/&\"'=#;:[]()0123456789\n -".getBytes(StandardCharsets.US_ASCII);

  private final List<byte[]> tokens;

  Mutator(List<String> tokens) {
    this.tokens = tokens.stream().map(t -> t.getBytes(StandardCharsets.UTF_8)).toList();
  }

  /** {@code source} with one to six random edits. */
  byte[] mutate(byte[] source, Random random) {
    byte[] out = source;
    for (int k = 0, edits = 1 + random.nextInt(6); k < edits && out.length > 0; k++) out = edit(out, random);
    return out;
  }

  private byte[] edit(byte[] b, Random r) {
    int at = r.nextInt(b.length);
    return switch (r.nextInt(10)) {
      case 0 -> set(b, at, MARKUP[r.nextInt(MARKUP.length)]);
      case 1 -> set(b, at, (byte) r.nextInt(256));
      case 2 -> splice(b, at, Math.min(b.length, at + 1 + r.nextInt(16)), new byte[0]);
      case 3 -> splice(b, at, at, Arrays.copyOfRange(b, at, Math.min(b.length, at + 1 + r.nextInt(64))));
      case 4 -> tokens.isEmpty() ? b : splice(b, at, at, tokens.get(r.nextInt(tokens.size())));
      case 5 -> Arrays.copyOf(b, at);
      case 6 -> moveRun(b, at, r);
      default -> lines(b, r);
    };
  }

  /** Drops, doubles or swaps lines, or rewrites a line's digits, as damaged pages do. */
  private static byte[] lines(byte[] b, Random r) {
    List<String> lines = new ArrayList<>(List.of(new String(b, StandardCharsets.ISO_8859_1).split("\n", -1)));
    int at = r.nextInt(lines.size());
    switch (r.nextInt(4)) {
      case 0 -> lines.remove(at);
      case 1 -> lines.add(at, lines.get(r.nextInt(lines.size())));
      case 2 -> Collections.swap(lines, at, r.nextInt(lines.size()));
      default -> lines.set(at, lines.get(at).replaceAll("\\d", String.valueOf(r.nextInt(10))));
    }
    // ISO-8859-1 maps bytes to chars one to one, so the other bytes come back unchanged.
    return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] moveRun(byte[] b, int at, Random r) {
    int end = Math.min(b.length, at + 1 + r.nextInt(64));
    byte[] run = Arrays.copyOfRange(b, at, end);
    byte[] without = splice(b, at, end, new byte[0]);
    int to = r.nextInt(without.length + 1);
    return splice(without, to, to, run);
  }

  private static byte[] set(byte[] b, int at, byte value) {
    byte[] copy = b.clone();
    copy[at] = value;
    return copy;
  }

  /** {@code b} with {@code [from, to)} replaced by {@code insert}. */
  static byte[] splice(byte[] b, int from, int to, byte[] insert) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + insert.length);
    out.write(b, 0, from);
    out.writeBytes(insert);
    out.write(b, to, b.length - to);
    return out.toByteArray();
  }
}
