package org.dossier.web;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * A thread-safe map that keeps values up to a total size, dropping the least recently used first.
 * A value larger than the whole budget is still kept, alone, until the next one arrives. Used by
 * the web module's caches (parsed documents, compressed pages); not meant beyond it.
 *
 * @param <K> keys, compared with {@code equals}
 * @param <V> values
 */
public final class SizeBoundedCache<K, V> {
  private final long budget;
  private final ToLongFunction<V> size;
  private final Map<K, V> entries = new LinkedHashMap<>(256, 0.75f, true);
  private long used;

  /** A cache of at most {@code budget} in the units {@code size} measures values in. */
  public SizeBoundedCache(long budget, ToLongFunction<V> size) {
    this.budget = budget;
    this.size = size;
  }

  /** The value of {@code key}, now the most recently used, or null. */
  public synchronized @Nullable V get(K key) {
    return entries.get(key);
  }

  /** Keeps {@code value} under {@code key}, dropping the least recently used values over the budget. */
  public synchronized void put(K key, V value) {
    V old = entries.put(key, value);
    if (old != null) used -= size.applyAsLong(old);
    used += size.applyAsLong(value);
    Iterator<V> eldest = entries.values().iterator();
    while (used > budget && eldest.hasNext()) {
      V gone = eldest.next();
      if (gone == value) break;
      used -= size.applyAsLong(gone);
      eldest.remove();
    }
  }

  /** How many values are kept. */
  public synchronized int count() {
    return entries.size();
  }
}
