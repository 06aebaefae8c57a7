package org.dossier.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Crash-safe file replacement: write a temporary file in the target's folder, force it to disk,
 * rename it over the target (atomic on POSIX file systems), then force the folder so the rename
 * itself is durable. A reader, or a process killed at any instant, sees either the old file or
 * the new one. Temporary files are named {@code .NAME.RANDOM.tmp}; {@link #isTemporary} knows
 * them so that {@link EditionStore#open} can delete what a crash left behind.
 */
final class AtomicFiles {
  private static final String TEMP_SUFFIX = ".tmp";
  private static final boolean WINDOWS =
      System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");

  /** Writes the content of a file to a stream it does not close. */
  @FunctionalInterface
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFiles() {}

  /**
   * Replaces {@code target} with what {@code content} writes, atomically and durably.
   *
   * @return the SHA-256 of the bytes written, as lower-case hex
   * @throws IOException if the file cannot be written; the target is then unchanged and the
   *     temporary file deleted
   */
  static String write(Path target, Content content) throws IOException {
    return write(target, content, true);
  }

  /**
   * Replaces {@code target} as {@link #write(Path, Content)} does, but leaves forcing the folder
   * to the caller when {@code syncFolder} is false: a caller writing many files of one folder
   * forces it once, after the last rename and before anything that refers to the files.
   */
  static String write(Path target, Content content, boolean syncFolder) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Path temp = createTemp(dir, target.getFileName().toString());
    MessageDigest sha = sha256();
    boolean done = false;
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        OutputStream out = new DigestOutputStream(
            new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16), sha);
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      move(temp, target);
      done = true;
    } finally {
      if (!done) Files.deleteIfExists(temp);
    }
    if (syncFolder) syncFolder(dir);
    return HexFormat.of().formatHex(sha.digest());
  }

  /** Deletes {@code file} if it exists and makes the deletion durable. */
  static boolean delete(Path file) throws IOException {
    boolean deleted = Files.deleteIfExists(file);
    if (deleted) syncFolder(file.toAbsolutePath().getParent());
    return deleted;
  }

  /** Whether {@code fileName} is one of our temporary files. */
  static boolean isTemporary(String fileName) {
    return fileName.startsWith(".") && fileName.endsWith(TEMP_SUFFIX) && fileName.length() > 1 + TEMP_SUFFIX.length();
  }

  /** The SHA-256 of {@code bytes}, as lower-case hex. */
  static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(sha256().digest(bytes));
  }

  /**
   * Forces a folder's entries (creations, renames, deletions) to disk. Windows cannot open a
   * folder as a channel; NTFS journals renames, so there is nothing to do there.
   */
  static void syncFolder(Path dir) throws IOException {
    if (WINDOWS) return;
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    }
  }

  private static Path createTemp(Path dir, String name) throws IOException {
    // Not Files.createTempFile: it makes the file private (0600), and the rename would carry that
    // over to the document, hiding it from a server that runs as another user.
    for (int attempt = 0; ; attempt++) {
      Path temp = dir.resolve("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + TEMP_SUFFIX);
      try {
        Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        return temp;
      } catch (FileAlreadyExistsException e) {
        if (attempt >= 10) throw e;
      }
    }
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("the file system cannot rename " + temp + " to " + target + " atomically", e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
