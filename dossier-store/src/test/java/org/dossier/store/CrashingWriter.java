package org.dossier.store;

import java.nio.file.Path;
import org.dossier.model.Document;

/**
 * The child process of {@link EditionStoreCrashTest}: opens the edition and replaces one large
 * document with its other version, again and again, until it is killed. It reports on stdout
 * when each write starts ({@code writing I}) and ends ({@code wrote I MILLIS}).
 */
public final class CrashingWriter {
  private CrashingWriter() {}

  /** Arguments: the edition folder, the document id, the number of paragraphs, the version to write first. */
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    String id = args[1];
    int paragraphs = Integer.parseInt(args[2]);
    String first = args[3];
    String second = first.equals("new") ? "old" : "new";
    Document[] versions = {Fixtures.large(id, first, paragraphs), Fixtures.large(id, second, paragraphs)};
    try (EditionStore store = EditionStore.open(dir, Fixtures.FORMAT)) {
      for (int i = 0; ; i++) {
        long start = System.nanoTime();
        System.out.println("writing " + i);
        System.out.flush();
        store.put(versions[i % 2]);
        System.out.println("wrote " + i + " " + (System.nanoTime() - start) / 1_000_000);
        System.out.flush();
      }
    }
  }
}
