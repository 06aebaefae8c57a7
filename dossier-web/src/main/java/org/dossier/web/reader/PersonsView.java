package org.dossier.web.reader;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An edition's register of persons, or one person's page with the paragraphs that mention them.
 *
 * @param page the layout's needs
 * @param edition the edition's title and address
 * @param persons the register (on the register page), else empty
 * @param person the person (on a person page), or null
 * @param mentions the paragraphs that mention the person or where they speak
 */
public record PersonsView(Page page, Link edition, List<Person> persons, @Nullable Person person,
    List<Mention> mentions) {

  /**
   * A person of the register.
   *
   * @param link the name and the person page's address
   * @param description what the register says, or null
   * @param affiliations the person's memberships with their dates, one line each
   *     ("Minister of Finance, Harbour Government, 2019-01-01 – 2021-06-30")
   */
  public record Person(Link link, @Nullable String description, List<String> affiliations) {
    public Person {
      affiliations = List.copyOf(affiliations);
    }
  }

  /**
   * A paragraph mentioning a person.
   *
   * @param document the document's title and address
   * @param paragraph the paragraph number
   * @param href the paragraph's address
   * @param how "speaks" or "mentioned"
   */
  public record Mention(Link document, int paragraph, String href, String how) {}
}
