package org.dossier.ingest.internal.parla;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.dossier.tei.SourceException;
import org.dossier.ingest.internal.teitext.TeiXml;
import org.dossier.model.RegisterEntry;
import org.jspecify.annotations.Nullable;

/**
 * The persons and organisations of a debate corpus ({@code listPerson}, {@code listOrg}), and
 * the speaker metadata of a ParlaMint {@code *-meta.tsv} file as a fallback.
 */
final class ParlaRegistry {
  /** A membership: {@code affiliation[@ref][@role][@from][@to]}. */
  record Affiliation(String ref, @Nullable String role, @Nullable String from, @Nullable String to) {}

  /** A person of {@code listPerson}. */
  record Person(String id, String name, List<Affiliation> affiliations) {}

  /** An organisation of {@code listOrg}: its role and its names by language. */
  static final class Org {
    final String id;
    final @Nullable String role;
    final Map<String, String> fullNames = new LinkedHashMap<>();
    @Nullable String abbreviation;

    Org(String id, @Nullable String role) {
      this.id = id;
      this.role = role;
    }

    boolean isParty() {
      String r = role == null ? "" : role.toLowerCase(Locale.ROOT).replace("_", "");
      return r.contains("party") || (role == null && id.startsWith("party."));
    }

    String name(@Nullable String lang) {
      if (lang != null && fullNames.containsKey(lang)) return fullNames.get(lang);
      if (fullNames.containsKey("")) return fullNames.get("");
      if (!fullNames.isEmpty()) return fullNames.values().iterator().next();
      return abbreviation != null ? abbreviation : id;
    }
  }

  /** A row of a ParlaMint speaker metadata file. */
  record TsvSpeaker(String name, @Nullable String party) {}

  private boolean declaresPersons;
  private final Map<String, Person> persons = new LinkedHashMap<>();
  private final Map<String, Org> orgs = new HashMap<>();

  boolean isEmpty() {
    return persons.isEmpty();
  }

  @Nullable Person person(String id) {
    return persons.get(id);
  }

  /** The register entries of the persons, in list order. */
  /** Whether a {@code listPerson} was met: the source declares a register of persons, even if none could be read. */
  boolean declaresPersons() {
    return declaresPersons;
  }

  List<RegisterEntry> entries() {
    List<RegisterEntry> out = new ArrayList<>();
    for (Person p : persons.values()) out.add(new RegisterEntry(p.id(), p.name(), null));
    return out;
  }

  /**
   * The party the person belonged to on {@code date}: an affiliation with role {@code member} of
   * an organisation whose role names a party, valid on that day; the latest-starting one wins.
   */
  @Nullable String party(Person p, @Nullable String date, @Nullable String lang) {
    LocalDate day = date == null ? null : day(date, false);
    if (day == null) return null;
    Affiliation best = null;
    for (Affiliation a : p.affiliations()) {
      if (a.role() != null && !a.role().equals("member")) continue;
      Org org = orgs.get(a.ref());
      boolean party = org != null ? org.isParty() : a.ref().startsWith("party.");
      if (!party) continue;
      LocalDate from = a.from() == null ? null : day(a.from(), false);
      LocalDate to = a.to() == null ? null : day(a.to(), true);
      if ((from != null && day.isBefore(from)) || (to != null && day.isAfter(to))) continue;
      if (best == null || compare(a.from(), best.from()) >= 0) best = a;
    }
    if (best == null) return null;
    Org org = orgs.get(best.ref());
    return org != null ? org.name(lang) : best.ref().replaceFirst("^party\\.", "");
  }

  private static int compare(@Nullable String a, @Nullable String b) {
    return (a == null ? "" : a).compareTo(b == null ? "" : b);
  }

  private static @Nullable LocalDate day(String iso, boolean end) {
    try {
      if (iso.length() >= 10) return LocalDate.parse(iso.substring(0, 10));
      if (iso.length() == 7) {
        LocalDate d = LocalDate.parse(iso + "-01");
        return end ? d.withDayOfMonth(d.lengthOfMonth()) : d;
      }
      if (iso.length() == 4) return end ? LocalDate.of(Integer.parseInt(iso), 12, 31) : LocalDate.of(Integer.parseInt(iso), 1, 1);
    } catch (DateTimeParseException | NumberFormatException e) {
      return null;
    }
    return null;
  }

  /** Reads a {@code person} (reader on its start tag) to its end tag. */
  void readPerson(XMLStreamReader r, String file) throws XMLStreamException, SourceException {
    String id = TeiXml.xmlId(r);
    String name = null;
    List<Affiliation> affiliations = new ArrayList<>();
    int depth = 1;
    while (depth > 0) {
      int e = r.next();
      if (e == XMLStreamConstants.START_ELEMENT) {
        String local = r.getLocalName();
        if (local.equals("persName") && name == null) {
          name = persName(r, file);
        } else if (local.equals("affiliation")) {
          String ref = TeiXml.ref(TeiXml.attr(r, "ref"));
          if (ref != null) {
            affiliations.add(new Affiliation(ref, TeiXml.attr(r, "role"), TeiXml.attr(r, "from"), TeiXml.attr(r, "to")));
          }
          TeiXml.skip(r, file);
        } else {
          TeiXml.skip(r, file);
        }
      } else if (e == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (e == XMLStreamConstants.ENTITY_REFERENCE) {
        throw TeiXml.entity(r, file);
      }
    }
    if (id != null) persons.put(id, new Person(id, name == null || name.isBlank() ? id : name, affiliations));
  }

  /** "Forename Surname" from structured names, else the text. */
  private static String persName(XMLStreamReader r, String file) throws XMLStreamException, SourceException {
    List<String> forenames = new ArrayList<>();
    List<String> surnames = new ArrayList<>();
    StringBuilder plain = new StringBuilder();
    int depth = 1;
    while (depth > 0) {
      int e = r.next();
      if (e == XMLStreamConstants.START_ELEMENT) {
        String local = r.getLocalName();
        if (local.equals("forename")) forenames.add(TeiXml.text(r, file, true));
        else if (local.equals("surname")) surnames.add(TeiXml.text(r, file, true));
        else if (local.equals("roleName") || local.equals("addName") || local.equals("nameLink")) TeiXml.skip(r, file);
        else depth++;
      } else if (e == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (e == XMLStreamConstants.CHARACTERS) {
        plain.append(r.getText());
      } else if (e == XMLStreamConstants.ENTITY_REFERENCE) {
        throw TeiXml.entity(r, file);
      }
    }
    List<String> parts = new ArrayList<>(forenames);
    parts.addAll(surnames);
    String structured = String.join(" ", parts).strip();
    return structured.isEmpty() ? org.dossier.ingest.internal.teitext.TextBuffer.collapse(plain.toString()) : structured;
  }

  /**
   * Reads the persons and organisations under the element the reader is on (a {@code listPerson},
   * {@code listOrg} or {@code particDesc}) to its end tag. Includes met on the way are handed to
   * {@code includes}.
   */
  void readLists(XMLStreamReader r, String file, List<String> includes) throws XMLStreamException, SourceException {
    Deque<Org> open = new ArrayDeque<>();
    Deque<Boolean> isOrg = new ArrayDeque<>();
    if (r.getLocalName().equals("listPerson")) declaresPersons = true;
    int depth = 1;
    while (depth > 0) {
      int e = r.next();
      if (e == XMLStreamConstants.START_ELEMENT) {
        String local = r.getLocalName();
        if (local.equals("listPerson")) declaresPersons = true;
        if (local.equals("person")) {
          readPerson(r, file);
        } else if (local.equals("include") && TeiXml.XI.equals(r.getNamespaceURI())) {
          String href = TeiXml.attr(r, "href");
          if (href != null) includes.add(href);
          TeiXml.skip(r, file);
        } else if (local.equals("org")) {
          String id = TeiXml.xmlId(r);
          Org org = new Org(id == null ? "" : id, TeiXml.attr(r, "role"));
          if (id != null) orgs.put(id, org);
          open.push(org);
          isOrg.push(true);
          depth++;
        } else if (local.equals("orgName") && !open.isEmpty()) {
          String full = TeiXml.attr(r, "full");
          String lang = TeiXml.xmlLang(r);
          String text = TeiXml.text(r, file, true);
          if (!text.isEmpty()) {
            if (full == null || full.equals("yes")) open.peek().fullNames.putIfAbsent(lang == null ? "" : lang, text);
            else if (open.peek().abbreviation == null) open.peek().abbreviation = text;
          }
        } else if (local.equals("event") || local.equals("listEvent") || local.equals("idno")
            || local.equals("relation") || local.equals("listRelation")) {
          TeiXml.skip(r, file);
        } else {
          isOrg.push(false);
          depth++;
        }
      } else if (e == XMLStreamConstants.END_ELEMENT) {
        depth--;
        if (depth > 0 && !isOrg.isEmpty() && isOrg.pop()) open.pop();
      } else if (e == XMLStreamConstants.ENTITY_REFERENCE) {
        throw TeiXml.entity(r, file);
      }
    }
  }

  /**
   * Reads a ParlaMint speaker metadata file ({@code Speaker_ID}, {@code Speaker_name},
   * {@code Speaker_party_name}, {@code Speaker_party}); names "Surname, Forename" become
   * "Forename Surname".
   */
  static Map<String, TsvSpeaker> readTsv(Path tsv) throws IOException {
    Map<String, TsvSpeaker> out = new HashMap<>();
    if (Files.size(tsv) > 50L * 1024 * 1024) return out;
    try (BufferedReader in = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
      String header = in.readLine();
      if (header == null) return out;
      List<String> columns = List.of(header.split("\t", -1));
      int id = columns.indexOf("Speaker_ID");
      int name = columns.indexOf("Speaker_name");
      int partyName = columns.indexOf("Speaker_party_name");
      int party = columns.indexOf("Speaker_party");
      if (id < 0) return out;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] cells = line.split("\t", -1);
        String who = cell(cells, id);
        if (who == null) continue;
        String n = cell(cells, name);
        String p = cell(cells, partyName);
        if (p == null) p = cell(cells, party);
        String display = n == null ? who : natural(n);
        out.putIfAbsent(who, new TsvSpeaker(display.isBlank() ? who : display, p));
      }
    }
    return out;
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
