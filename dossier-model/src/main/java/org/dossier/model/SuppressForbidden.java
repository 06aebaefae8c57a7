package org.dossier.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Allows a call that the build's forbidden-apis check bans (a default-locale method, an XML
 * factory outside {@code SecureXml}, an unnamed thread pool, …) on the annotated class, method,
 * constructor or field. Put it on the smallest element that needs it and say why in
 * {@link #reason()}.
 *
 * <p>It lives here because every module sees {@code dossier-model}. It is read from class files
 * by the build and is not visible at run time.
 *
 * @since 0.1
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD})
public @interface SuppressForbidden {
  /** Why the banned call is right here. */
  String reason();
}
