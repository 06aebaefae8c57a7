package org.dossier.testkit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a FRUS-like volume of any size for memory tests: the front matter of a real FRUS volume
 * once, then its documents again and again under new ids ({@code r2-d17}), one chapter a round.
 */
public final class FrusLikeVolume {
  private static final Pattern DOCUMENT = Pattern.compile("<div type=\"document\" xml:id=\"(d\\d+)\"");

  private FrusLikeVolume() {}

  /**
   * Writes a volume built from {@code source} to {@code out}, repeating its documents until at least
   * {@code targetChars} characters and {@code minDocuments} documents are written.
   *
   * @return how many documents were written
   */
  public static long write(Path source, Path out, long targetChars, long minDocuments) throws IOException {
    String text = Files.readString(source, StandardCharsets.UTF_8);
    int bodyStart = text.indexOf("<body>") + "<body>".length();
    List<String> docs = new ArrayList<>();
    Matcher m = DOCUMENT.matcher(text);
    while (m.find()) {
      int end = text.indexOf("</div>", m.end()) + "</div>".length();
      docs.add(text.substring(m.start(), end));
    }
    if (docs.isEmpty()) throw new IllegalArgumentException("no FRUS documents in " + source);
    long written = 0;
    long count = 0;
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
      String head = text.substring(0, bodyStart);
      w.write(head);
      written += head.length();
      for (int round = 1; written < targetChars || count < minDocuments; round++) {
        w.write("<div type=\"chapter\" xml:id=\"r" + round + "\">\n");
        for (String d : docs) {
          String copy = d.replaceFirst("xml:id=\"(d\\d+)\"", "xml:id=\"r" + round + "-$1\"");
          w.write(copy);
          w.write('\n');
          written += copy.length() + 1;
          count++;
        }
        w.write("</div>\n");
      }
      w.write("</body></text></TEI>\n");
    }
    return count;
  }
}
