package org.dossier.ingest.internal.parla;

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
 * The persons and organisations of a debate corpus ({@code listPerson}, {@code personGrp},
 * {@code listOrg}), however many lists they are spread over.
 */
final class ParlaRegistry {
  /**
   * A membership: {@code affiliation[@ref][@role][@from][@to]}, with the office in words where the
   * list gives one (its role names, by language).
   */
  record Affiliation(String ref, @Nullable String role, @Nullable String from, @Nullable String to,
      Map<String, String> roleNames) {

    boolean validOn(LocalDate day) {
      LocalDate f = from == null ? null : day(from, false);
      LocalDate t = to == null ? null : day(to, true);
      return (f == null || !day.isBefore(f)) && (t == null || !day.isAfter(t));
    }

    @Nullable String roleName(@Nullable String lang) {
      return SessionHeader.pick(roleNames, lang);
    }
  }

  /** A person (or a group of persons, {@code personGrp}) of the register. */
  record Person(String id, String name, @Nullable String sex, List<Affiliation> affiliations) {}

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

    private String roleKey() {
      return role == null ? "" : role.toLowerCase(Locale.ROOT).replace("_", "");
    }

    boolean isParty() {
      return roleKey().contains("party") || (role == null && id.startsWith("party."));
    }

    boolean isGroup() {
      return roleKey().contains("group");
    }

    boolean isParliament() {
      return roleKey().equals("parliament");
    }

    boolean isGovernment() {
      return roleKey().equals("government") || roleKey().equals("ministry");
    }

    String name(@Nullable String lang) {
      String n = SessionHeader.pick(fullNames, lang);
      if (n != null) return n;
      return abbreviation != null ? abbreviation : id;
    }
  }

  private boolean declaresPersons;
  private final Map<String, Person> persons = new LinkedHashMap<>();
  private final Map<String, Org> orgs = new HashMap<>();

  boolean isEmpty() {
    return persons.isEmpty();
  }

  @Nullable Person person(String id) {
    return persons.get(id);
  }

  /** Whether a {@code listPerson} was met: the source declares a register of persons, even if none could be read. */
  boolean declaresPersons() {
    return declaresPersons;
  }

  /** The register entries of the persons, in list order, with sex and affiliations named in {@code lang}. */
  List<RegisterEntry> entries(@Nullable String lang) {
    List<RegisterEntry> out = new ArrayList<>();
    for (Person p : persons.values()) {
      List<org.dossier.model.Affiliation> affiliations = new ArrayList<>();
      for (Affiliation a : p.affiliations()) {
        Org org = orgs.get(a.ref());
        String role = a.roleName(lang);
        affiliations.add(new org.dossier.model.Affiliation(org == null ? a.ref() : org.name(lang),
            role != null ? role : a.role(), a.from(), a.to()));
      }
      out.add(new RegisterEntry(p.id(), p.name(), null, p.sex(), affiliations));
    }
    return out;
  }

  /**
   * The party the person belonged to on {@code date}: an affiliation with role {@code member} of
   * a political party valid on that day, else of a parliamentary group; the latest-starting wins.
   */
  @Nullable String party(Person p, @Nullable String date, @Nullable String lang) {
    LocalDate day = date == null ? null : day(date, false);
    if (day == null) return null;
    Affiliation party = null;
    Affiliation group = null;
    for (Affiliation a : p.affiliations()) {
      if ((a.role() != null && !a.role().equals("member")) || !a.validOn(day)) continue;
      Org org = orgs.get(a.ref());
      if (org != null ? org.isParty() : a.ref().startsWith("party.")) {
        if (party == null || compare(a.from(), party.from()) >= 0) party = a;
      } else if (org != null && org.isGroup()) {
        if (group == null || compare(a.from(), group.from()) >= 0) group = a;
      }
    }
    Affiliation best = party != null ? party : group;
    if (best == null) return null;
    Org org = orgs.get(best.ref());
    return org != null ? org.name(lang) : best.ref().replaceFirst("^party\\.", "");
  }

  /**
   * The person's office in the turn on {@code date}, in words: the chair of the sitting
   * ({@code chair}), else an office in the government valid that day, else a member of
   * parliament, else a guest ({@code guest}); the list's own {@code roleName} wherever it gives one.
   * Never the speaker-type code itself ("regular").
   */
  @Nullable String office(Person p, @Nullable String date, @Nullable String type, @Nullable String lang) {
    LocalDate day = date == null ? null : day(date, false);
    String government = null;
    String parliament = null;
    String chair = null;
    if (day != null) {
      for (Affiliation a : p.affiliations()) {
        if (!a.validOn(day)) continue;
        Org org = orgs.get(a.ref());
        String role = a.role() == null ? "member" : a.role();
        String named = a.roleName(lang);
        if ((org != null && org.isGovernment()) || role.toLowerCase(Locale.ROOT).contains("minister")) {
          String o = named != null ? named : governmentOffice(role, org, lang);
          if (government == null || !role.equals("member")) government = o;
        } else if ((org != null && org.isParliament()) || role.equals("MP")) {
          if (isHead(role)) chair = named != null ? named : chair;
          else if (parliament == null) parliament = named != null ? named : "Member of Parliament";
        }
      }
    }
    if ("chair".equals(type)) return chair != null ? chair : "Chair";
    if (government != null) return government;
    if (parliament != null) return parliament;
    return "guest".equals(type) ? "Guest" : null;
  }

  private static boolean isHead(String role) {
    String r = role.toLowerCase(Locale.ROOT);
    return r.contains("head") || r.contains("chair") || r.contains("president") || r.contains("speaker");
  }

  private static String governmentOffice(String role, @Nullable Org org, @Nullable String lang) {
    String r = role.toLowerCase(Locale.ROOT);
    boolean deputy = r.contains("deputy") || r.contains("vice");
    if (org != null && org.roleKey().equals("ministry")) return (deputy ? "Deputy Minister" : "Minister") + " (" + org.name(lang) + ")";
    if (isHead(role)) return deputy ? "Deputy Prime Minister" : "Prime Minister";
    return deputy ? "Deputy Minister" : "Minister";
  }

  /** The office a speaker-type code means when nothing else is known. */
  static @Nullable String office(@Nullable String type) {
    if ("chair".equals(type)) return "Chair";
    return "guest".equals(type) ? "Guest" : null;
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

  /** Reads a {@code person} or {@code personGrp} (reader on its start tag) to its end tag. */
  void readPerson(XMLStreamReader r, String file) throws XMLStreamException, SourceException {
    String id = TeiXml.xmlId(r);
    boolean group = r.getLocalName().equals("personGrp");
    String name = null;
    String sex = group ? TeiXml.attr(r, "sex") : null;
    List<Affiliation> affiliations = new ArrayList<>();
    int depth = 1;
    while (depth > 0) {
      int e = r.next();
      if (e == XMLStreamConstants.START_ELEMENT) {
        String local = r.getLocalName();
        if ((local.equals("persName") || local.equals("name")) && name == null) {
          name = persName(r, file);
        } else if (local.equals("sex") && sex == null) {
          sex = TeiXml.attr(r, "value");
          if (sex == null) sex = TeiXml.text(r, file, true);
          else TeiXml.skip(r, file);
        } else if (local.equals("affiliation")) {
          Affiliation a = affiliation(r, file);
          if (a != null) affiliations.add(a);
        } else if (local.equals("desc") && group && name == null) {
          name = TeiXml.text(r, file, true);
        } else {
          TeiXml.skip(r, file);
        }
      } else if (e == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (e == XMLStreamConstants.ENTITY_REFERENCE) {
        throw TeiXml.entity(r, file);
      }
    }
    if (id != null) persons.put(id, new Person(id, name == null || name.isBlank() ? id : name, sex, affiliations));
  }

  /** Reads an {@code affiliation} to its end tag; null when it points at nothing. */
  private static @Nullable Affiliation affiliation(XMLStreamReader r, String file) throws XMLStreamException, SourceException {
    String ref = TeiXml.ref(TeiXml.attr(r, "ref"));
    String role = TeiXml.attr(r, "role");
    String from = TeiXml.attr(r, "from");
    String to = TeiXml.attr(r, "to");
    if (from == null) from = TeiXml.attr(r, "notBefore");
    if (to == null) to = TeiXml.attr(r, "notAfter");
    String when = TeiXml.attr(r, "when");
    String ownLang = TeiXml.xmlLang(r);
    // Most affiliations are empty elements: nothing is allocated for them.
    Map<String, String> names = Map.of();
    StringBuilder plain = null;
    int depth = 1;
    while (depth > 0) {
      int e = r.next();
      if (e == XMLStreamConstants.CHARACTERS) {
        if (plain == null) plain = new StringBuilder();
        plain.append(r.getText());
      } else if (e == XMLStreamConstants.START_ELEMENT) {
        if (r.getLocalName().equals("roleName")) {
          String lang = TeiXml.xmlLang(r);
          String text = TeiXml.text(r, file, true);
          if (names.isEmpty()) names = new LinkedHashMap<>();
          if (!text.isEmpty()) names.putIfAbsent(lang == null ? "" : lang, text);
        } else {
          TeiXml.skip(r, file);
        }
      } else if (e == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (e == XMLStreamConstants.ENTITY_REFERENCE) {
        throw TeiXml.entity(r, file);
      }
    }
    if (ref == null) return null;
    // Older ParlaMint lists write the office as the affiliation's text instead of in roleName.
    String text = plain == null ? "" : org.dossier.ingest.internal.teitext.TextBuffer.collapse(plain.toString());
    if (names.isEmpty() && !text.isEmpty()) names = Map.of(ownLang == null ? "" : ownLang, text);
    return new Affiliation(ref, role, from != null ? from : when, to != null ? to : when, names);
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
        if (local.equals("person") || local.equals("personGrp")) {
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
}
