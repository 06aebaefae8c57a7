package org.dossier.model;

import java.util.Locale;

/** What a mention in the text refers to. */
public enum MentionType {
  PERSON, PLACE, TERM, ORGANIZATION;

  /** The lower-case name used in JSON. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@link #jsonName()}. */
  public static MentionType fromJsonName(String name) {
    for (MentionType t : values()) if (t.jsonName().equals(name)) return t;
    throw new IllegalArgumentException("unknown mention type: '" + name + "'");
  }
}
