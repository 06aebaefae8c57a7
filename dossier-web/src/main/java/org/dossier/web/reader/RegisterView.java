package org.dossier.web.reader;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A register page of an edition (persons, places or terms) with its A–Z index, or one entry's page
 * with its mentions grouped by document.
 *
 * @param page the layout's needs
 * @param edition the edition's title and address
 * @param register the register's address name ({@code persons})
 * @param heading the register's name as a heading ("Persons")
 * @param query the filter typed, or "" for none
 * @param letters the A–Z index: every letter, a link only where entries begin with it
 * @param groups the entries shown, by initial letter (on the register page), else empty
 * @param shown how many entries are shown
 * @param total how many entries the register has
 * @param entry the entry (on an entry page), or null
 * @param documents the documents that mention the entry, in edition order (on an entry page)
 */
public record RegisterView(Page page, Link edition, String register, String heading, String query,
    List<Letter> letters, List<Group> groups, int shown, int total, @Nullable Entry entry, List<InDocument> documents) {
  public RegisterView {
    letters = List.copyOf(letters);
    groups = List.copyOf(groups);
    documents = List.copyOf(documents);
  }

  /**
   * A letter of the A–Z index.
   *
   * @param letter the letter ("G")
   * @param present whether any entry shown begins with it (only then is it a link)
   */
  public record Letter(String letter, boolean present) {
    /** The id of the letter's group on the page. */
    public String anchor() {
      return "letter-" + letter;
    }
  }

  /**
   * The entries under one initial.
   *
   * @param letter the letter
   * @param entries its entries, alphabetically
   */
  public record Group(String letter, List<Entry> entries) {
    public Group {
      entries = List.copyOf(entries);
    }

    /** The id of the group on the page, the letter's link target. */
    public String anchor() {
      return "letter-" + letter;
    }
  }

  /**
   * An entry of the register.
   *
   * @param link the name and the entry page's address
   * @param description what the register says, or null
   * @param affiliations a person's memberships with their dates, one line each
   *     ("Minister of Finance, Harbour Government, 2019-01-01 – 2021-06-30")
   * @param mentions how many mentions the edition has
   */
  public record Entry(Link link, @Nullable String description, List<String> affiliations, int mentions) {
    public Entry {
      affiliations = List.copyOf(affiliations);
    }
  }

  /**
   * The mentions of an entry in one document.
   *
   * @param document the document's heading ("No. 12: Letter From…") and address
   * @param count how many mentions
   * @param sites where, in reading order, each a link ("title", "¶ 2 (2×)", "note 3")
   */
  public record InDocument(Link document, int count, List<Site> sites) {
    public InDocument {
      sites = List.copyOf(sites);
    }
  }

  /**
   * One place of mentions.
   *
   * @param label what the link shows ("¶ 2", "note 3", "title")
   * @param href the address of the paragraph, note or document
   * @param count how many mentions there
   * @param how "speaks" for a turn the entry speaks, else null
   */
  public record Site(String label, String href, int count, @Nullable String how) {}
}
