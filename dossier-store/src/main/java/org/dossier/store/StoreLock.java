package org.dossier.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The single-writer lock: an OS file lock on {@code .lock} in the edition folder, held while a
 * writable {@link EditionStore} is open. The OS drops it when the process dies, even by
 * {@code kill -9}, so a crash never leaves the edition locked.
 */
final class StoreLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private StoreLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock of the edition in {@code dir}.
   *
   * @throws StoreLockedException if another writer holds it
   * @throws StoreException if the lock file cannot be created (e.g. a read-only folder)
   */
  static StoreLock acquire(Path dir) throws StoreException {
    Path file = dir.resolve(EditionStore.LOCK_FILE);
    FileChannel channel;
    try {
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw StoreException.io("cannot write to", dir, e);
    }
    try {
      FileLock lock = channel.tryLock();
      if (lock == null) throw new StoreLockedException(dir);
      return new StoreLock(channel, lock);
    } catch (OverlappingFileLockException e) {
      // Another EditionStore of this JVM holds it: the OS would not stop us, the JDK does.
      closeQuietly(channel);
      StoreLockedException locked = new StoreLockedException(dir);
      locked.initCause(e);
      throw locked;
    } catch (IOException e) {
      closeQuietly(channel);
      throw StoreException.io("cannot lock", file, e);
    } catch (StoreLockedException e) {
      closeQuietly(channel);
      throw e;
    }
  }

  /** Releases the lock. */
  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException e) {
      // Closing the channel below releases it as well.
    }
    closeQuietly(channel);
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      // Nothing was written through this channel; there is nothing to lose.
    }
  }
}
