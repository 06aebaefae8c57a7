package org.dossier.cite;

import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import java.util.List;

/** Personal names as printed ("Svetlana Savranskaya", "Savranskaya, Svetlana") split for CSL. */
final class Names {
  private Names() {}

  static CSLName[] csl(List<String> names) {
    return names.stream().map(Names::csl).toArray(CSLName[]::new);
  }

  /** "Family, Given", else "Given … Family"; a one-word name or an institution stays whole. */
  static CSLName csl(String name) {
    String n = name.strip();
    int comma = n.indexOf(',');
    if (comma > 0 && comma < n.length() - 1 && n.indexOf(',', comma + 1) < 0) {
      return new CSLNameBuilder().family(n.substring(0, comma).strip()).given(n.substring(comma + 1).strip()).build();
    }
    int space = n.lastIndexOf(' ');
    if (space < 0 || n.split(" ").length > 4) return new CSLNameBuilder().literal(n).build();
    return new CSLNameBuilder().given(n.substring(0, space).strip()).family(n.substring(space + 1)).build();
  }

  /** "Family, Given" as BibTeX and RIS want it. */
  static String inverted(String name) {
    CSLName c = csl(name);
    if (c.getLiteral() != null) return c.getLiteral();
    return c.getFamily() + ", " + c.getGiven();
  }
}
