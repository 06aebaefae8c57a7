package org.dossier.oai.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.oai.HarvestRecord;
import org.dossier.oai.HarvestSource;
import org.jspecify.annotations.Nullable;

/**
 * Every record of every edition, sorted by datestamp (then edition, then id), built once per
 * revision of the editions. Selective harvesting is two binary searches on the datestamps and a
 * page is a slice, so a list request costs the same at the first page and at the thousandth, and
 * no document is read to list identifiers.
 */
final class RecordIndex {
  /** A record and the edition (set) it belongs to. */
  record Entry(String edition, HarvestRecord record) {}

  /** The records of one edition or of all, in datestamp order, with their datestamps in seconds for searching. */
  private static final class Sorted {
    private final List<Entry> entries;
    private final long[] seconds;

    private Sorted(List<Entry> entries) {
      this.entries = entries;
      this.seconds = new long[entries.size()];
      for (int i = 0; i < seconds.length; i++) seconds[i] = entries.get(i).record().datestamp().getEpochSecond();
    }

    static Sorted of(List<Entry> entries) {
      return new Sorted(entries);
    }

    List<Entry> entries() {
      return entries;
    }

    List<Entry> between(@Nullable Instant from, @Nullable Instant until) {
      int lo = from == null ? 0 : firstAtOrAfter(from.getEpochSecond());
      int hi = until == null ? seconds.length : firstAtOrAfter(until.getEpochSecond() + 1);
      return lo >= hi ? List.of() : entries.subList(lo, hi);
    }

    private int firstAtOrAfter(long second) {
      int lo = 0;
      int hi = seconds.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (seconds[mid] < second) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    }
  }

  private static final Comparator<Entry> ORDER = Comparator
      .comparing((Entry e) -> e.record().datestamp())
      .thenComparing(Entry::edition)
      .thenComparing(e -> e.record().id());

  private final long[] revisions;
  private final Sorted all;
  private final Map<String, Sorted> byEdition = new HashMap<>();
  private final Map<String, Map<String, Entry>> byId = new HashMap<>();

  private RecordIndex(long[] revisions, List<Entry> all) {
    this.revisions = revisions;
    this.all = Sorted.of(all);
    Map<String, List<Entry>> grouped = new LinkedHashMap<>();
    for (Entry e : all) {
      grouped.computeIfAbsent(e.edition(), k -> new ArrayList<>()).add(e);
      byId.computeIfAbsent(e.edition(), k -> new HashMap<>()).put(e.record().id(), e);
    }
    grouped.forEach((edition, list) -> byEdition.put(edition, Sorted.of(list)));
  }

  /** The index of what {@code sources} hold now. */
  static RecordIndex of(List<HarvestSource> sources) {
    long[] revisions = new long[sources.size()];
    List<Entry> all = new ArrayList<>();
    for (int i = 0; i < revisions.length; i++) {
      HarvestSource s = sources.get(i);
      revisions[i] = s.revision(); // read first: a change during the listing shows as a newer revision
      String edition = s.edition().id();
      for (HarvestRecord r : s.records()) all.add(new Entry(edition, r));
    }
    all.sort(ORDER);
    return new RecordIndex(revisions, all);
  }

  /** Whether {@code sources} changed since this index was built. */
  boolean isStale(List<HarvestSource> sources) {
    for (int i = 0; i < revisions.length; i++) if (sources.get(i).revision() != revisions[i]) return true;
    return false;
  }

  /** The records of edition {@code set} (all editions when null) with datestamps in [from, until], in order. */
  List<Entry> select(@Nullable String set, @Nullable Instant from, @Nullable Instant until) {
    Sorted sorted = set == null ? all : byEdition.get(set);
    return sorted == null ? List.of() : sorted.between(from, until);
  }

  /** Record {@code id} of edition {@code edition}, if there is one (live or deleted). */
  Optional<Entry> find(String edition, String id) {
    Map<String, Entry> m = byId.get(edition);
    return m == null ? Optional.empty() : Optional.ofNullable(m.get(id));
  }

  /** The earliest datestamp of any record, or null when there is none. */
  @Nullable Instant earliest() {
    return all.entries().isEmpty() ? null : all.entries().get(0).record().datestamp();
  }
}
