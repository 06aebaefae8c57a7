package org.dossier.ingest.internal.generictei;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.dossier.ingest.internal.teitext.TeiXml;
import org.dossier.model.RegisterEntry;
import org.dossier.tei.SourceException;
import org.jspecify.annotations.Nullable;

/**
 * Reads what a {@code teiHeader} says about its text: the title ({@code title[@type='main']},
 * else {@code 'complete'}, else the first), editors, publisher, licence, the date of creation
 * ({@code profileDesc/creation/date}, {@code publicationStmt/date[@type='created']}, else the
 * date of {@code correspDesc/correspAction[@type='sent']}, whose place is the place written), the
 * language ({@code langUsage/language/@ident}) and the source description; persons and places
 * listed inside the header go to the {@link Registers}.
 */
final class TeiHeaderReader {
  /** What one header says. */
  static final class Header {
    final Map<String, String> titles = new LinkedHashMap<>();
    final List<String> editors = new ArrayList<>();
    @Nullable String publisher;
    @Nullable String licence;
    @Nullable String created;
    @Nullable String createdFrom;
    @Nullable String createdTo;
    @Nullable String language;
    @Nullable String source;
    @Nullable String sentPlace;

    /** The main title, or null. */
    @Nullable String title() {
      for (String type : List.of("main", "complete", "")) if (titles.containsKey(type)) return titles.get(type);
      return titles.isEmpty() ? null : titles.values().iterator().next();
    }
  }

  private TeiHeaderReader() {}

  /** Reads the header (reader on its start tag) to its end tag. */
  static Header read(XMLStreamReader r, String file, Registers registers) throws XMLStreamException, SourceException {
    Header h = new Header();
    List<String> path = new ArrayList<>();
    path.add("teiHeader");
    boolean sent = false;
    while (!path.isEmpty()) {
      int e = r.next();
      if (e == XMLStreamConstants.ENTITY_REFERENCE) throw TeiXml.entity(r, file);
      if (e == XMLStreamConstants.END_ELEMENT) {
        path.remove(path.size() - 1);
        continue;
      }
      if (e != XMLStreamConstants.START_ELEMENT) continue;
      String name = r.getLocalName();
      String parent = path.get(path.size() - 1);
      boolean inTitleStmt = path.contains("titleStmt");
      if (Registers.isEntry(name)) {
        registers.read(r, file);
      } else if (name.equals("title") && inTitleStmt && !path.contains("respStmt")) {
        String type = TeiXml.attr(r, "type");
        String text = TeiXml.text(r, file, true);
        if (!text.isEmpty()) h.titles.putIfAbsent(type == null ? "" : type, text);
      } else if (name.equals("editor") && inTitleStmt) {
        String text = TeiXml.text(r, file, true);
        if (!text.isEmpty()) h.editors.add(text);
      } else if (name.equals("publisher") && parent.equals("publicationStmt")) {
        h.publisher = orNull(TeiXml.text(r, file, true));
      } else if (name.equals("licence") || name.equals("availability") && h.licence == null) {
        String text = TeiXml.text(r, file, true);
        if (!text.isEmpty() && (h.licence == null || name.equals("licence"))) h.licence = text;
      } else if (name.equals("date") && (parent.equals("creation")
          || parent.equals("publicationStmt") && "created".equals(TeiXml.attr(r, "type")))) {
        h.created = TeiXml.attr(r, "when");
        h.createdFrom = first(TeiXml.attr(r, "notBefore"), TeiXml.attr(r, "from"));
        h.createdTo = first(TeiXml.attr(r, "notAfter"), TeiXml.attr(r, "to"));
        TeiXml.skip(r, file);
      } else if (parent.equals("correspAction") && sent) {
        if (name.equals("date") && h.created == null && h.createdFrom == null && h.createdTo == null) {
          h.created = TeiXml.attr(r, "when");
          h.createdFrom = first(TeiXml.attr(r, "notBefore"), TeiXml.attr(r, "from"));
          h.createdTo = first(TeiXml.attr(r, "notAfter"), TeiXml.attr(r, "to"));
          TeiXml.skip(r, file);
        } else if (name.equals("placeName") && h.sentPlace == null) {
          h.sentPlace = orNull(TeiXml.text(r, file, true));
        } else {
          TeiXml.skip(r, file);
        }
      } else if (name.equals("language") && parent.equals("langUsage")) {
        if (h.language == null) h.language = TeiXml.attr(r, "ident");
        TeiXml.skip(r, file);
      } else if ((name.equals("bibl") || name.equals("biblFull") || name.equals("p")) && parent.equals("sourceDesc")) {
        if (h.source == null) h.source = orNull(TeiXml.text(r, file, true));
        else TeiXml.skip(r, file);
      } else {
        if (name.equals("correspAction")) sent = "sent".equals(TeiXml.attr(r, "type"));
        path.add(name);
      }
    }
    return h;
  }

  private static @Nullable String orNull(String s) {
    return s.isEmpty() ? null : s;
  }

  private static @Nullable String first(@Nullable String a, @Nullable String b) {
    return a != null ? a : b;
  }

  /** Persons and places of the registers a file lists ({@code listPerson}, {@code listPlace}). */
  static final class Registers {
    final Map<String, RegisterEntry> persons = new LinkedHashMap<>();
    final Map<String, RegisterEntry> places = new LinkedHashMap<>();

    /** Whether an element is an entry of a register. */
    static boolean isEntry(String name) {
      return name.equals("person") || name.equals("place");
    }

    /**
     * Reads a {@code person} or {@code place} (reader on its start tag) to its end tag: its
     * {@code xml:id}, its first {@code persName}/{@code placeName} as the name, and a
     * {@code note}, {@code occupation} or {@code roleName} as the description. An entry without an
     * id cannot be referred to and is left out.
     */
    void read(XMLStreamReader r, String file) throws XMLStreamException, SourceException {
      boolean person = r.getLocalName().equals("person");
      String id = TeiXml.xmlId(r);
      String[] found = new String[2];
      entry(r, file, found);
      if (id == null || found[0] == null) return;
      (person ? persons : places).putIfAbsent(id, new RegisterEntry(id, found[0], found[1]));
    }

    /** Finds the first name ({@code found[0]}) and description ({@code found[1]}) in an entry, at any depth. */
    private static void entry(XMLStreamReader r, String file, @Nullable String[] found)
        throws XMLStreamException, SourceException {
      TeiXml.children(r, file, c -> {
        String local = c.getLocalName();
        if ((local.equals("persName") || local.equals("placeName") || local.equals("name")) && found[0] == null) {
          found[0] = orNull(TeiXml.text(c, file, true));
        } else if ((local.equals("note") || local.equals("occupation") || local.equals("roleName")
            || local.equals("desc")) && found[1] == null) {
          found[1] = orNull(TeiXml.text(c, file, true));
        } else {
          entry(c, file, found);
        }
      });
    }
  }
}
