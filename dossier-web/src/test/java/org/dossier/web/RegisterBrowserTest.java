package org.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.web.ReaderBrowserTest.Screen;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The registers and the reader of issue #14 in a real Chromium, at a desktop and a phone width. */
class RegisterBrowserTest {
  private static DossierServer server;
  private static final BrowserPool BROWSERS = new BrowserPool();

  @BeforeAll
  static void start() {
    server = DossierWeb.start(WebConfig.of(List.of(RegisterFixtures.source(), FoundingPage.source())).withPort(0));
  }

  @AfterAll
  static void stop() throws Exception {
    BROWSERS.close();
    server.close();
  }

  private static ChromeDriver open(Screen screen, String path) throws Exception {
    return BROWSERS.open(screen, server, path);
  }

  private static void shoot(Screen screen, String name) throws Exception {
    BROWSERS.browser(screen).screenshot(name + "-" + screen.name().toLowerCase(Locale.ROOT));
  }

  /** Whether the top of element {@code id} is in the window. */
  private static boolean inView(ChromeDriver d, String id) {
    return (Boolean) js(d, "const r = document.getElementById(arguments[0]).getBoundingClientRect();"
        + "return r.top >= 0 && r.top < window.innerHeight;", id);
  }

  private static Object js(ChromeDriver d, String script, Object... args) {
    return d.executeScript(script, args);
  }

  /** Every axe rule, whatever its impact. */
  private static void assertNoViolations(ChromeDriver d) {
    Results results = new AxeBuilder().analyze(d);
    assertThat(results.getViolations().stream()
        .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
            + v.getNodes().stream().limit(3).map(n -> n.getTarget().toString()).toList())
        .toList()).as("axe violations on " + d.getCurrentUrl()).isEmpty();
  }

  private static void assertNoHorizontalScroll(ChromeDriver d) {
    Number scroll = (Number) js(d, "return document.documentElement.scrollWidth;");
    Number inner = (Number) js(d, "return window.innerWidth;");
    assertThat(scroll.intValue()).as("scrollWidth of " + d.getCurrentUrl()).isLessThanOrEqualTo(inner.intValue());
  }

  @ParameterizedTest
  @EnumSource(Screen.class)
  void theRegisterOfPersonsHasAWorkingAToZIndexAndNoAccessibilityViolation(Screen screen) throws Exception {
    ChromeDriver d = open(screen, "/" + RegisterFixtures.EDITION + "/persons");
    assertNoViolations(d);
    assertNoHorizontalScroll(d);
    shoot(screen, "register-persons");
    WebElement s = d.findElement(By.cssSelector(".az a[href='#letter-S']"));
    js(d, "arguments[0].focus()", s);
    s.sendKeys(Keys.ENTER);
    new WebDriverWait(d, Duration.ofSeconds(5)).until(x -> x.getCurrentUrl().endsWith("#letter-S"));
    assertThat(d.findElements(By.cssSelector(".az span.az-empty"))).allSatisfy(e ->
        assertThat(e.findElements(By.tagName("a"))).isEmpty());
  }

  @ParameterizedTest
  @EnumSource(Screen.class)
  void typingAnotherScriptInTheRegisterFilterFindsTheName(Screen screen) throws Exception {
    ChromeDriver d = open(screen, "/" + RegisterFixtures.EDITION + "/persons");
    WebElement box = d.findElement(By.id("register-q"));
    box.sendKeys("Горбачёв");
    box.sendKeys(Keys.ENTER);
    new WebDriverWait(d, Duration.ofSeconds(5)).until(x -> x.getCurrentUrl().contains("q="));
    assertThat(d.findElements(By.cssSelector(".register a")).stream().map(WebElement::getText).toList())
        .containsExactly("Gorbachev, Mikhail S.");
    assertNoViolations(d);
    shoot(screen, "register-filter");
    open(screen, "/" + RegisterFixtures.EDITION + "/persons?q=" + URLEncoder.encode("Gorbacev", StandardCharsets.UTF_8));
    assertThat(d.findElements(By.cssSelector(".register a")).stream().map(WebElement::getText).toList())
        .containsExactly("Gorbachev, Mikhail S.");
  }

  @ParameterizedTest
  @EnumSource(Screen.class)
  void anEntryPageListsItsMentionsAndLeadsToTheParagraph(Screen screen) throws Exception {
    ChromeDriver d = open(screen, "/" + RegisterFixtures.EDITION + "/persons/p_GMS_1");
    assertNoViolations(d);
    assertNoHorizontalScroll(d);
    shoot(screen, "register-entry");
    d.findElement(By.cssSelector(".mentions a.site[href$='#p3']")).click();
    new WebDriverWait(d, Duration.ofSeconds(5)).until(x -> x.getCurrentUrl().endsWith("/d12#p3"));
    assertThat(inView(d, "p3")).isTrue();
  }

  @ParameterizedTest
  @EnumSource(Screen.class)
  void aNameInTheTextIsAKeyboardReachableLinkToItsEntry(Screen screen) throws Exception {
    ChromeDriver d = open(screen, "/" + RegisterFixtures.EDITION + "/d12");
    WebElement name = d.findElement(By.cssSelector("#p2 a.ref-person"));
    assertThat(name.getAttribute("tabIndex")).isEqualTo("0");
    assertThat(name.getAccessibleName()).isEqualTo("Gorbachev");
    // Tab from the link before it (the term INF) reaches the name.
    WebElement term = d.findElement(By.cssSelector("#p2 a.ref-term"));
    js(d, "arguments[0].focus()", term);
    d.switchTo().activeElement().sendKeys(Keys.TAB);
    assertThat(d.switchTo().activeElement().getAttribute("href")).endsWith("/persons/p_GMS_1");
    d.switchTo().activeElement().sendKeys(Keys.ENTER);
    new WebDriverWait(d, Duration.ofSeconds(5)).until(x -> x.getCurrentUrl().endsWith("/persons/p_GMS_1"));
    assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("Gorbachev, Mikhail S.");
  }

  @ParameterizedTest
  @EnumSource(Screen.class)
  void paragraphNumbersNoteCallsAndBackLinksAreAtLeast24PixelsSquare(Screen screen) throws Exception {
    for (String path : List.of(FoundingPage.path(), "/" + RegisterFixtures.EDITION + "/d12")) {
      ChromeDriver d = open(screen, path);
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> small = (List<Map<String, Object>>) js(d,
          "return Array.from(document.querySelectorAll('a.pn, a.noteref, a.backref')).map(e => {"
              + " const r = e.getBoundingClientRect();"
              + " return {what: e.className + ' ' + (e.textContent || e.getAttribute('aria-label')), w: r.width, h: r.height}; })"
              + ".filter(r => r.w < 24 || r.h < 24);");
      Number targets = (Number) js(d, "return document.querySelectorAll('a.pn, a.noteref, a.backref').length;");
      assertThat(targets.intValue()).as(path).isGreaterThan(3);
      assertThat(small).as("tap targets under 24 × 24 px on " + path).isEmpty();
      assertNoHorizontalScroll(d);
    }
    shoot(screen, "document-targets");
  }

  @ParameterizedTest
  @EnumSource(Screen.class)
  void theCiteButtonNearTheTitleLeadsToTheCiteBox(Screen screen) throws Exception {
    ChromeDriver d = open(screen, "/" + RegisterFixtures.EDITION + "/d12");
    WebElement cite = d.findElement(By.cssSelector(".doc-actions a.cite-button"));
    Number top = (Number) js(d, "return arguments[0].getBoundingClientRect().bottom;", cite);
    assertThat(top.doubleValue()).as("the Cite button is in the first screen").isLessThan(screen.height);
    cite.click();
    new WebDriverWait(d, Duration.ofSeconds(5)).until(x -> x.getCurrentUrl().endsWith("#cite"));
    assertThat(inView(d, "cite")).as("the Cite box is in view").isTrue();
    assertNoViolations(d);
    shoot(screen, "document-cite");
  }

  @ParameterizedTest
  @EnumSource(Screen.class)
  void aNoteOnTheTitleOpensAtTheSizeOfTheText(Screen screen) throws Exception {
    ChromeDriver d = open(screen, "/" + RegisterFixtures.EDITION + "/d12");
    WebElement call = d.findElement(By.cssSelector("h1 a.noteref"));
    call.click();
    WebElement pop = new WebDriverWait(d, Duration.ofSeconds(5)).until(x -> x.findElement(By.id("np1")));
    double popSize = px(pop.getCssValue("font-size"));
    double headingSize = px(d.findElement(By.tagName("h1")).getCssValue("font-size"));
    double textSize = px(d.findElement(By.id("p2")).getCssValue("font-size"));
    assertThat(popSize).isLessThan(headingSize).isLessThanOrEqualTo(textSize);
    assertThat(pop.getCssValue("font-weight")).isEqualTo("400");
    assertThat(d.findElements(By.cssSelector("h1 .note-pop"))).as("not inside the heading").isEmpty();
    shoot(screen, "document-title-note");
  }

  @ParameterizedTest
  @EnumSource(Screen.class)
  void aRussianDocumentKeepsItsInterfaceInEnglishAndHasNoViolation(Screen screen) throws Exception {
    ChromeDriver d = open(screen, "/" + RegisterFixtures.EDITION + "/d14");
    @SuppressWarnings("unchecked")
    List<String> notEnglish = (List<String>) js(d,
        "return Array.from(document.querySelectorAll('.doc-number, .doc-meta time, .doc-meta .type, .cite-button,"
            + " #notes-h, a.backref, a.pn, a.noteref')).filter(e => e.closest('[lang]').lang !== 'en')"
            + ".map(e => e.outerHTML);");
    assertThat(notEnglish).isEmpty();
    assertThat(d.findElement(By.cssSelector(".doc-meta .type")).getText()).isEqualTo("Memorandum of conversation");
    assertNoViolations(d);
    assertNoHorizontalScroll(d);
  }

  @Test
  void theOmissionSignIsExplainedOnFocus() throws Exception {
    ChromeDriver d = open(Screen.DESKTOP, "/" + RegisterFixtures.EDITION + "/d12");
    WebElement omission = d.findElement(By.cssSelector(".mark-omission"));
    assertThat(omission.getAttribute("title")).isEqualTo("Passage omitted by the editors");
    assertThat(omission.getAccessibleName()).contains("Passage omitted by the editors");
  }

  @Test
  void printingAddsTheCitationAndAddressAndDropsTheBackLinks() throws Exception {
    ChromeDriver d = open(Screen.DESKTOP, "/" + RegisterFixtures.EDITION + "/d12");
    d.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      WebElement cite = d.findElement(By.cssSelector(".print-cite"));
      assertThat(cite.isDisplayed()).isTrue();
      assertThat(cite.getText()).startsWith("Cite as:").contains("/" + RegisterFixtures.EDITION + "/d12");
      assertThat(d.findElements(By.cssSelector("a.backref"))).isNotEmpty().noneMatch(WebElement::isDisplayed);
      assertThat(d.findElement(By.cssSelector(".doc-actions")).isDisplayed()).isFalse();
      BROWSERS.browser(Screen.DESKTOP).screenshot("document-print-cite");
    } finally {
      d.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
    assertThat(d.findElement(By.cssSelector(".print-cite")).isDisplayed()).as("on screen, no").isFalse();
  }

  private static double px(String css) {
    return Double.parseDouble(css.replace("px", ""));
  }
}
