package org.dossier.ingest.internal.parla;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.dossier.tei.SourceException;
import org.dossier.ingest.ImportIssue;
import org.dossier.ingest.Issues;
import org.dossier.ingest.internal.teitext.TeiXml;
import org.dossier.model.Edition;
import org.dossier.model.Ids;
import org.jspecify.annotations.Nullable;

/**
 * A debate corpus root ({@code teiCorpus}): its metadata, its speakers and organisations (inline
 * or pulled in by {@code xi:include}) and the sessions it includes. Every include is resolved
 * against the including file's folder and must stay inside the corpus folder: URLs, absolute
 * paths, paths that climb out and files over the size limit are refused with an issue of kind
 * {@code security}.
 */
final class ParlaCorpus {
  final Path file;
  final Path boundary;
  @Nullable String id;
  @Nullable String lang;
  final Map<String, String> titles = new LinkedHashMap<>();
  @Nullable String publisher;
  @Nullable String licence;
  final ParlaRegistry registry = new ParlaRegistry();
  final List<Path> sessions = new ArrayList<>();
  /** How many sessions are written inside the corpus file itself. */
  int inlineSessions;

  private ParlaCorpus(Path file, Path boundary) {
    this.file = file;
    this.boundary = boundary;
  }

  /** Reads a corpus root file and the lists it includes. */
  static ParlaCorpus read(Path file, Path boundary, long maxBytes, Issues issues) throws SourceException, IOException {
    ParlaCorpus c = new ParlaCorpus(file, boundary);
    List<String> listIncludes = new ArrayList<>();
    List<String> sessionIncludes = new ArrayList<>();
    String name = String.valueOf(file.getFileName());
    int[] inline = {0};
    TeiXml.read(file, r -> {
      List<String> path = new ArrayList<>();
      while (r.hasNext()) {
        int e = r.next();
        if (e == XMLStreamConstants.ENTITY_REFERENCE) throw TeiXml.entity(r, name);
        if (e == XMLStreamConstants.END_ELEMENT) {
          path.remove(path.size() - 1);
          continue;
        }
        if (e != XMLStreamConstants.START_ELEMENT) continue;
        String local = r.getLocalName();
        String parent = path.isEmpty() ? "" : path.get(path.size() - 1);
        if (path.isEmpty()) {
          c.id = TeiXml.xmlId(r);
          c.lang = TeiXml.xmlLang(r);
        } else if (local.equals("include") && TeiXml.XI.equals(r.getNamespaceURI())) {
          String href = TeiXml.attr(r, "href");
          if (href != null && path.size() == 1) sessionIncludes.add(href);
          else if (href != null && path.contains("particDesc")) listIncludes.add(href);
          TeiXml.skip(r, name);
          continue;
        } else if (local.equals("particDesc") || local.equals("listPerson") || local.equals("listOrg")) {
          c.registry.readLists(r, name, listIncludes);
          continue;
        } else if (parent.equals("titleStmt") && local.equals("title")) {
          String type = TeiXml.attr(r, "type");
          String lang = TeiXml.xmlLang(r);
          String text = TeiXml.text(r, name, true);
          if ((type == null || type.equals("main")) && !text.isEmpty()) c.titles.putIfAbsent(lang == null ? "" : lang, text);
          continue;
        } else if (parent.equals("publicationStmt") && local.equals("publisher")) {
          c.publisher = publisher(r, name, c.lang);
          continue;
        } else if (local.equals("licence") && c.licence == null) {
          String text = TeiXml.text(r, name, true);
          if (!text.isEmpty()) c.licence = text;
          continue;
        } else if (local.equals("TEI") || local.equals("text")) {
          // Sessions written inside the corpus file are read later, one at a time.
          if (local.equals("TEI")) inline[0]++;
          TeiXml.skip(r, name);
          continue;
        }
        path.add(local);
      }
    });
    c.inlineSessions = inline[0];
    for (String href : listIncludes) {
      Path target = resolve(file, href, boundary, maxBytes, issues);
      if (target == null) continue;
      List<String> nested = new ArrayList<>();
      String targetName = String.valueOf(target.getFileName());
      TeiXml.read(target, r -> {
        while (r.hasNext()) {
          int e = r.next();
          if (e == XMLStreamConstants.ENTITY_REFERENCE) throw TeiXml.entity(r, targetName);
          if (e == XMLStreamConstants.START_ELEMENT) {
            c.registry.readLists(r, targetName, nested);
          }
        }
      });
      if (!nested.isEmpty()) {
        issues.add("reference", 0, 0, "includes inside " + targetName + " are not followed: " + nested, null);
      }
    }
    for (String href : sessionIncludes) {
      Path target = resolve(file, href, boundary, maxBytes, issues);
      if (target != null) c.sessions.add(target);
    }
    // Declared: a listPerson met, or a list of persons included by the ParlaMint naming (…-listPerson.xml) that may be missing.
    boolean declared = c.registry.declaresPersons()
        || listIncludes.stream().anyMatch(href -> href.toLowerCase(Locale.ROOT).contains("listperson"));
    if (declared && c.registry.isEmpty()) {
      issues.add(ImportIssue.EMPTY_REGISTER, 0, 0, "the list of persons (listPerson) holds no person that could be read",
          "the edition gets no persons from it; check that the list is there and each person has an xml:id");
    }
    return c;
  }

  private static @Nullable String publisher(XMLStreamReader r, String name, @Nullable String lang)
      throws XMLStreamException, SourceException {
    Map<String, String> names = new LinkedHashMap<>();
    StringBuilder plain = new StringBuilder();
    int depth = 1;
    while (depth > 0) {
      int e = r.next();
      if (e == XMLStreamConstants.START_ELEMENT) {
        if (r.getLocalName().equals("orgName")) {
          String l = TeiXml.xmlLang(r);
          String text = TeiXml.text(r, name, true);
          if (!text.isEmpty()) names.putIfAbsent(l == null ? "" : l, text);
        } else {
          TeiXml.skip(r, name);
        }
      } else if (e == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (e == XMLStreamConstants.CHARACTERS) {
        plain.append(r.getText());
      }
    }
    if (lang != null && names.containsKey(lang)) return names.get(lang);
    if (!names.isEmpty()) return names.values().iterator().next();
    String p = org.dossier.ingest.internal.teitext.TextBuffer.collapse(plain.toString());
    return p.isEmpty() ? null : p;
  }

  /** The corpus title in its own language. */
  @Nullable String title() {
    if (lang != null && titles.containsKey(lang)) return titles.get(lang);
    return titles.isEmpty() ? null : titles.values().iterator().next();
  }

  /** The edition of this corpus, with its persons as the register. */
  @Nullable Edition edition() {
    if (id == null) return null;
    String eid = Ids.slug(id, "corpus");
    String t = title();
    return new Edition(eid, t == null ? id : t, List.of(), publisher, licence, registry.entries(lang), List.of(), List.of());
  }

  /**
   * Resolves an {@code xi:include/@href} against the including file, or returns null after an
   * issue: kind {@code security} for a URL, an absolute path or a path outside {@code boundary};
   * kind {@code reference} for a file that does not exist; {@code security} too for a file over
   * {@code maxBytes}.
   */
  static @Nullable Path resolve(Path from, String href, Path boundary, long maxBytes, Issues issues) throws IOException {
    String h = href.strip();
    if (h.matches("(?i)^[a-z][a-z0-9+.-]*:.*") || h.startsWith("/") || h.startsWith("\\") || h.contains("\\")
        || h.contains("#") || h.contains("%")) {
      issues.add("security", 0, 0, "xi:include '" + href + "' refused: only relative paths inside the corpus folder are followed", null);
      return null;
    }
    Path base = from.toAbsolutePath().normalize().getParent();
    Path bound = boundary.toAbsolutePath().normalize();
    Path target = base.resolve(h).normalize();
    if (!target.startsWith(bound)) {
      issues.add("security", 0, 0, "xi:include '" + href + "' refused: it points outside the corpus folder " + bound.getFileName(), null);
      return null;
    }
    if (!Files.isRegularFile(target)) {
      issues.add("reference", 0, 0, "xi:include '" + href + "' not found; skipped", null);
      return null;
    }
    // A symbolic link inside the folder must not lead outside it either.
    if (!target.toRealPath().startsWith(bound.toRealPath())) {
      issues.add("security", 0, 0, "xi:include '" + href + "' refused: it links outside the corpus folder", null);
      return null;
    }
    if (Files.size(target) > maxBytes) {
      issues.add("security", 0, 0, "xi:include '" + href + "' refused: the file is over the size limit of " + maxBytes + " bytes",
          "raise it with --max-bytes");
      return null;
    }
    return target;
  }

  /** Whether {@code candidate} (a file in or above a session's folder) is a corpus root including {@code session}. */
  static boolean includes(Path candidate, Path session) throws IOException {
    byte[] head = new byte[4096];
    int n;
    try (InputStream in = Files.newInputStream(candidate)) {
      n = in.readNBytes(head, 0, head.length);
    }
    if (!new String(head, 0, n, java.nio.charset.StandardCharsets.UTF_8).contains("teiCorpus")) return false;
    Path target = session.toAbsolutePath().normalize();
    boolean[] found = {false};
    String name = String.valueOf(candidate.getFileName());
    try {
      TeiXml.read(candidate, r -> {
        while (r.hasNext() && !found[0]) {
          if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("include")
              && TeiXml.XI.equals(r.getNamespaceURI())) {
            String href = TeiXml.attr(r, "href");
            if (href != null && !href.contains(":")
                && candidate.toAbsolutePath().normalize().getParent().resolve(href).normalize().equals(target)) {
              found[0] = true;
            }
          }
        }
      });
    } catch (SourceException e) {
      return false;
    }
    return found[0] && name.toLowerCase(Locale.ROOT).endsWith(".xml");
  }
}
