package org.dossier.tei;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A minimal, mutable XML element in the TEI namespace, built from StAX events by the reader and
 * by the writer before it serialises. It keeps text exactly as parsed, and the line and column
 * of its start tag for error messages. Attribute names in the XML namespace are stored as
 * {@code xml:lang}, {@code xml:id}; attributes in other namespaces as {@code {uri}local}.
 */
final class XElement {
  private final String name;
  private final Map<String, String> attributes = new LinkedHashMap<>();
  private final List<Object> children = new ArrayList<>(); // XElement or StringBuilder
  private boolean verbatim;
  private final int line;
  private final int column;

  XElement(String name, int line, int column) {
    this.name = name;
    this.line = line;
    this.column = column;
  }

  XElement(String name) {
    this(name, 0, 0);
  }

  String name() {
    return name;
  }

  int line() {
    return line;
  }

  int column() {
    return column;
  }

  /** Whether the writer must write this element's content as is, without indentation. */
  boolean verbatim() {
    return verbatim;
  }

  /** Marks the content as mixed text, written without indentation. */
  XElement verbatim(boolean value) {
    this.verbatim = value;
    return this;
  }

  /** Sets an attribute, or does nothing when {@code value} is null. */
  XElement attr(String key, @Nullable String value) {
    if (value != null) attributes.put(key, value);
    return this;
  }

  @Nullable String attr(String key) {
    return attributes.get(key);
  }

  Map<String, String> attributes() {
    return attributes;
  }

  /** Appends a child element and returns it. */
  XElement add(XElement child) {
    children.add(child);
    return child;
  }

  /** Appends a child element with the given name and returns it. */
  XElement add(String childName) {
    return add(new XElement(childName));
  }

  /** Appends a verbatim child holding {@code text} and returns it. */
  XElement addText(String childName, String text) {
    XElement child = add(childName).verbatim(true);
    child.append(text);
    return child;
  }

  /** Appends text, merging it with a preceding text node. */
  XElement append(CharSequence text) {
    if (text.length() == 0) return this;
    if (!children.isEmpty() && children.get(children.size() - 1) instanceof StringBuilder last) {
      last.append(text);
    } else {
      children.add(new StringBuilder(text));
    }
    return this;
  }

  /** The children in order: {@link XElement}s and {@link CharSequence}s. */
  List<Object> children() {
    return children;
  }

  /** The child elements in order. */
  List<XElement> elements() {
    List<XElement> out = new ArrayList<>();
    for (Object c : children) if (c instanceof XElement e) out.add(e);
    return out;
  }

  /** The child elements named {@code childName}. */
  List<XElement> elements(String childName) {
    List<XElement> out = new ArrayList<>();
    for (Object c : children) if (c instanceof XElement e && e.name.equals(childName)) out.add(e);
    return out;
  }

  /** The first child element named {@code childName}. */
  Optional<XElement> find(String childName) {
    for (Object c : children) if (c instanceof XElement e && e.name.equals(childName)) return Optional.of(e);
    return Optional.empty();
  }

  /** The first child element named {@code childName} whose {@code type} is {@code type}. */
  Optional<XElement> find(String childName, String type) {
    for (XElement e : elements(childName)) if (type.equals(e.attr("type"))) return Optional.of(e);
    return Optional.empty();
  }

  /** Whether there is text other than white space directly in this element. */
  boolean hasText() {
    for (Object c : children) if (c instanceof CharSequence s && !s.toString().isBlank()) return true;
    return false;
  }

  /** The concatenated direct text children, exactly. */
  String directText() {
    StringBuilder sb = new StringBuilder();
    for (Object c : children) if (c instanceof CharSequence s) sb.append(s);
    return sb.toString();
  }

  /** Where the element starts, for messages. */
  String describe() {
    return "<" + name + ">";
  }
}
