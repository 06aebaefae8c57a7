package org.dossier.tei;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Damaged Dossier TEI gives an {@link SourceException} or a document, never another exception. */
class DossierTeiRobustnessTest {
  private static final String[] NAMES = {
    "p", "head", "ab", "sp", "speaker", "note", "list", "item", "gap", "desc", "supplied", "sic", "foreign",
    "persName", "anchor", "spanGrp", "span", "div", "idno", "title", "date", "interp", "bibl", "TEI"
  };
  private static final String[] VALUES = {"", "x", "-1", "0", "2147483648", "#%zz", "#", "%", "#p1.o0", "foot",
    "heading", "dossier", "person", "supplied", "1989-13", "1", "99999"};

  @Property(tries = 400)
  void damagedFilesFailWithImportExceptionOnly(@ForAll long seed) throws Exception {
    damage(seed);
  }

  /** Reads a damaged file; returns the error message, or null when it still reads. */
  static String damage(long seed) throws Exception {
    Random r = new Random(seed);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DossierTei.write(DocumentArbitraries.document(r), out);
    XElement root = TeiReader.parse(new ByteArrayInputStream(out.toByteArray()), "x.xml");
    for (int i = 0, k = 1 + r.nextInt(3); i < k; i++) mutate(root, r);
    ByteArrayOutputStream damaged = new ByteArrayOutputStream();
    TeiWriter.serialize(root, damaged);
    try {
      assertThat(DossierTei.read(new ByteArrayInputStream(damaged.toByteArray()), "x.xml")).isNotNull();
      return null;
    } catch (SourceException e) {
      assertThat(e.getMessage()).contains("x.xml");
      return e.getMessage();
    }
  }

  private static void mutate(XElement root, Random r) {
    List<XElement[]> all = new ArrayList<>(); // {parent, child}
    collect(root, all);
    if (all.isEmpty()) return;
    XElement[] pick = all.get(r.nextInt(all.size()));
    XElement parent = pick[0];
    XElement e = pick[1];
    switch (r.nextInt(6)) {
      case 0 -> parent.children().remove(e);
      case 1 -> {
        XElement renamed = new XElement(NAMES[r.nextInt(NAMES.length)]).verbatim(e.verbatim());
        e.attributes().forEach(renamed::attr);
        for (Object c : e.children()) {
          if (c instanceof XElement x) renamed.add(x);
          else renamed.append((CharSequence) c);
        }
        parent.children().set(parent.children().indexOf(e), renamed);
      }
      case 2 -> {
        if (!e.attributes().isEmpty()) {
          List<String> keys = new ArrayList<>(e.attributes().keySet());
          e.attributes().remove(keys.get(r.nextInt(keys.size())));
        }
      }
      case 3 -> {
        List<String> keys = new ArrayList<>(e.attributes().keySet());
        keys.add("n");
        keys.add("type");
        e.attr(keys.get(r.nextInt(keys.size())), VALUES[r.nextInt(VALUES.length)]);
      }
      case 4 -> e.verbatim(true).append("junk");
      default -> parent.children().add(parent.children().indexOf(e), e);
    }
  }

  private static void collect(XElement e, List<XElement[]> out) {
    for (XElement c : e.elements()) {
      out.add(new XElement[] {e, c});
      collect(c, out);
    }
  }
}
