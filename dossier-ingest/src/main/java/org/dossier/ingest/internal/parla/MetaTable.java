package org.dossier.ingest.internal.parla;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The speaker metadata of a ParlaMint {@code *-meta.tsv} file: the fallback when the person list lacks a speaker. */
final class MetaTable {
  private MetaTable() {}

  /** A row of the table: the speaker's name, party and office. */
  record Row(String name, @Nullable String party, @Nullable String office) {}

  /**
   * Reads a ParlaMint speaker metadata file ({@code Speaker_ID}, {@code Speaker_name},
   * {@code Speaker_party_name}, {@code Speaker_party}; the office from {@code Speaker_role},
   * {@code Speaker_MP}, {@code Speaker_minister}); names "Surname, Forename" become
   * "Forename Surname".
   */
  static Map<String, Row> read(Path tsv) throws IOException {
    Map<String, Row> out = new HashMap<>();
    if (Files.size(tsv) > 50L * 1024 * 1024) return out;
    try (BufferedReader in = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
      String header = in.readLine();
      if (header == null) return out;
      List<String> columns = List.of(header.split("\t", -1));
      int id = columns.indexOf("Speaker_ID");
      int name = columns.indexOf("Speaker_name");
      int partyName = columns.indexOf("Speaker_party_name");
      int party = columns.indexOf("Speaker_party");
      int role = columns.indexOf("Speaker_role");
      int mp = columns.indexOf("Speaker_MP");
      int minister = columns.indexOf("Speaker_minister");
      if (id < 0) return out;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] cells = line.split("\t", -1);
        String who = cell(cells, id);
        if (who == null) continue;
        String n = cell(cells, name);
        String p = cell(cells, partyName);
        if (p == null) p = cell(cells, party);
        String display = n == null ? who : natural(n);
        out.putIfAbsent(who, new Row(display.isBlank() ? who : display, p,
            tsvOffice(cell(cells, role), cell(cells, mp), cell(cells, minister))));
      }
    }
    return out;
  }

  /** The office the table's codes mean: the chair, else a minister, else a member of parliament. */
  private static @Nullable String tsvOffice(@Nullable String role, @Nullable String mp, @Nullable String minister) {
    if (role != null && role.toLowerCase(Locale.ROOT).startsWith("chair")) return "Chair";
    if ("Minister".equals(minister)) return "Minister";
    if ("MP".equals(mp)) return "Member of Parliament";
    return role != null && role.equalsIgnoreCase("guest") ? "Guest" : null;
  }

  private static @Nullable String cell(String[] cells, int i) {
    if (i < 0 || i >= cells.length) return null;
    String v = cells[i].strip();
    return v.isEmpty() || v.equals("-") ? null : v;
  }

  private static String natural(String name) {
    int comma = name.indexOf(',');
    if (comma < 0 || name.indexOf(',', comma + 1) >= 0) return name;
    return (name.substring(comma + 1).strip() + " " + name.substring(0, comma).strip()).strip();
  }
}
