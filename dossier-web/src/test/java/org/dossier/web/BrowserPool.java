package org.dossier.web;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import org.dossier.web.ReaderBrowserTest.Screen;
import org.openqa.selenium.chrome.ChromeDriver;

/** One {@link Browser} per screen size, started when first asked for and shared by a test class's tests. */
final class BrowserPool implements AutoCloseable {
  private final Map<Screen, Browser> browsers = new EnumMap<>(Screen.class);

  Browser browser(Screen screen) throws IOException {
    Browser b = browsers.get(screen);
    if (b == null) {
      b = new Browser(screen.width, screen.height);
      browsers.put(screen, b);
    }
    return b;
  }

  /** The browser of {@code screen} showing {@code path} of {@code server}, loaded afresh. */
  ChromeDriver open(Screen screen, DossierServer server, String path) throws IOException {
    ChromeDriver d = browser(screen).driver();
    d.get("about:blank");
    d.get("http://127.0.0.1:" + server.port() + path);
    return d;
  }

  @Override
  public void close() throws IOException {
    for (Browser b : browsers.values()) b.close();
  }
}
