package org.dossier.ingest.internal.frus;

import java.util.List;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.dossier.tei.SourceException;
import org.dossier.ingest.internal.teitext.TeiXml;
import org.dossier.ingest.internal.teitext.TextBuffer;
import org.dossier.model.RegisterEntry;

/**
 * Reads a FRUS front-matter list ({@code div[@xml:id='persons']} or {@code 'terms'}): each
 * {@code item} holding a {@code persName[@xml:id]} (or {@code term[@xml:id]}) is one entry, its
 * description the rest of the item's text.
 */
final class FrusRegister {
  private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s,;:–—-]+");

  private FrusRegister() {}

  /** Reads the list (reader on its {@code div}) to its end tag, adding entries to {@code out}. */
  static void read(XMLStreamReader r, String file, String entryElement, List<RegisterEntry> out)
      throws XMLStreamException, SourceException {
    int depth = 1;
    while (depth > 0) {
      int e = r.next();
      if (e == XMLStreamConstants.START_ELEMENT) {
        if (r.getLocalName().equals("item")) item(r, file, entryElement, out);
        else depth++;
      } else if (e == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (e == XMLStreamConstants.ENTITY_REFERENCE) {
        throw TeiXml.entity(r, file);
      }
    }
  }

  private static void item(XMLStreamReader r, String file, String entryElement, List<RegisterEntry> out)
      throws XMLStreamException, SourceException {
    // An item may name several entries ("PNE or PNET, Treaty on …"): they share the description
    // that follows the last of them.
    List<String[]> entries = new java.util.ArrayList<>();
    TextBuffer description = new TextBuffer();
    int depth = 1;
    while (depth > 0) {
      switch (r.next()) {
        case XMLStreamConstants.START_ELEMENT -> {
          String local = r.getLocalName();
          String xmlId = TeiXml.xmlId(r);
          if (local.equals(entryElement) && xmlId != null) {
            String name = TeiXml.text(r, file, true);
            if (!name.isBlank()) entries.add(new String[] {xmlId, name});
            description = new TextBuffer();
          } else if (local.equals("item")) {
            item(r, file, entryElement, out);
          } else if (local.equals("note")) {
            TeiXml.skip(r, file);
          } else {
            if (local.equals("lb")) description.space();
            depth++;
          }
        }
        case XMLStreamConstants.END_ELEMENT -> depth--;
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          if (!entries.isEmpty()) description.append(r.getText());
        }
        case XMLStreamConstants.ENTITY_REFERENCE -> throw TeiXml.entity(r, file);
        default -> { }
      }
    }
    String d = LEADING_PUNCTUATION.matcher(description.text()).replaceFirst("");
    for (String[] e : entries) out.add(new RegisterEntry(e[0], e[1], d.isBlank() ? null : d));
  }
}
