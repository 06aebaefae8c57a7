package org.dossier.testkit;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.dossier.testkit.SharedData;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** tei_all.rng, loaded once per JVM (it is large), validating bytes with Jing. */
public final class TeiSchema {
  private static final List<String> ERRORS = new ArrayList<>();
  private static final ValidationDriver DRIVER = load();

  private TeiSchema() {}

  private static ValidationDriver load() {
    ErrorHandler handler = new ErrorHandler() {
      @Override public void warning(SAXParseException e) {}
      @Override public void error(SAXParseException e) { ERRORS.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage()); }
      @Override public void fatalError(SAXParseException e) { error(e); }
    };
    PropertyMapBuilder props = new PropertyMapBuilder();
    props.put(ValidateProperty.ERROR_HANDLER, handler);
    ValidationDriver driver = new ValidationDriver(props.toPropertyMap());
    try {
      if (!driver.loadSchema(ValidationDriver.fileInputSource(SharedData.teiAll().toFile()))) {
        throw new IllegalStateException("tei_all.rng did not load: " + ERRORS);
      }
    } catch (SAXException e) {
      throw new IllegalStateException("tei_all.rng did not load", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return driver;
  }

  /** The validation errors of {@code xml} ({@code line:column: message}); empty when valid. */
  public static synchronized List<String> errors(byte[] xml) {
    ERRORS.clear();
    try {
      boolean valid = DRIVER.validate(new InputSource(new ByteArrayInputStream(xml)));
      List<String> out = List.copyOf(ERRORS);
      if (!valid && out.isEmpty()) return List.of("invalid, without a message");
      return out;
    } catch (SAXException e) {
      return List.of("not parsed: " + e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
