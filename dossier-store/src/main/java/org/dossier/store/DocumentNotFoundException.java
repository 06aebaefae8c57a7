package org.dossier.store;

/** A document id that the edition does not hold. */
public final class DocumentNotFoundException extends StoreException {
  private static final long serialVersionUID = 1L;
  private final String id;
  private final String edition;

  /** The edition {@code edition} has no document {@code id}. */
  public DocumentNotFoundException(String id, String edition) {
    super("edition " + edition + " has no document '" + id + "'");
    this.id = id;
    this.edition = edition;
  }

  /** The id that was asked for. */
  public String id() {
    return id;
  }

  /** The id of the edition that was asked. */
  public String edition() {
    return edition;
  }
}
