package org.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.dossier.model.Document;
import org.dossier.search.lucene.LuceneSearchIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The reader in a real Chromium, at a desktop and a phone size. */
class ReaderBrowserTest {
  enum Screen {
    DESKTOP(1280, 900), PHONE(390, 844);
    final int width;
    final int height;
    Screen(int width, int height) {
      this.width = width;
      this.height = height;
    }
  }

  private static DossierServer server;
  private static LuceneSearchIndex index;
  private static final BrowserPool BROWSERS = new BrowserPool();

  @BeforeAll
  static void start() throws Exception {
    index = LuceneSearchIndex.inMemory();
    for (Document d : List.of(FoundingPage.document(), Fixtures.meeting(), Fixtures.telegram())) index.index(d, "h-" + d.id());
    index.commit();
    server = DossierWeb.start(WebConfig.of(List.of(FoundingPage.source(), Fixtures.source()), index).withPort(0));
  }

  @AfterAll
  static void stop() throws Exception {
    BROWSERS.close();
    server.close();
    index.close();
  }

  private static Browser browser(Screen screen) throws Exception {
    return BROWSERS.browser(screen);
  }

  private static ChromeDriver open(Screen screen, String path) throws Exception {
    return BROWSERS.open(screen, server, path);
  }

  private static WebDriverWait waitFor(ChromeDriver d) {
    return new WebDriverWait(d, Duration.ofSeconds(5));
  }

  @ParameterizedTest
  @EnumSource(Screen.class)
  void clickingNoteOneOpensItsTextInPlace(Screen screen) throws Exception {
    ChromeDriver d = open(screen, FoundingPage.path());
    WebElement call = d.findElement(By.id("nr1"));
    ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'})", call);
    call.click();
    WebElement pop = waitFor(d).until(x -> x.findElement(By.id("np1")));
    assertThat(pop.isDisplayed()).isTrue();
    assertThat(pop.getText()).contains("The first free elections");
    assertThat(call.getAttribute("aria-expanded")).isEqualTo("true");
    assertThat(d.getCurrentUrl()).as("the page did not jump to the notes").doesNotContain("#n1");
    browser(screen).screenshot("document-note-" + screen.name().toLowerCase(java.util.Locale.ROOT));
    call.click();
    assertThat(d.findElements(By.id("np1"))).isEmpty();
    assertThat(call.getAttribute("aria-expanded")).isEqualTo("false");
  }

  @ParameterizedTest
  @EnumSource(Screen.class)
  void theKeyboardOpensAndClosesANote(Screen screen) throws Exception {
    ChromeDriver d = open(screen, FoundingPage.path());
    WebElement call = d.findElement(By.id("nr1"));
    ((JavascriptExecutor) d).executeScript("arguments[0].focus()", call);
    call.sendKeys(Keys.ENTER);
    WebElement pop = waitFor(d).until(x -> x.findElement(By.id("np1")));
    assertThat(pop.getText()).contains("The first free elections");
    d.switchTo().activeElement().sendKeys(Keys.ESCAPE);
    waitFor(d).until(x -> x.findElements(By.id("np1")).isEmpty());
    assertThat(d.switchTo().activeElement().getAttribute("id")).isEqualTo("nr1");
  }

  @ParameterizedTest
  @EnumSource(Screen.class)
  void aLinkToParagraph38ShowsItAndSelectsItForCitation(Screen screen) throws Exception {
    ChromeDriver d = open(screen, FoundingPage.path() + "#p38");
    WebElement p38 = d.findElement(By.id("p38"));
    Boolean inView = (Boolean) ((JavascriptExecutor) d).executeScript(
        "const r = arguments[0].getBoundingClientRect();"
            + "return r.top >= 0 && r.top < window.innerHeight && r.bottom > 0;", p38);
    assertThat(inView).as("paragraph 38 is in the viewport").isTrue();
    waitFor(d).until(x -> x.findElement(By.id("cite-para")).getAttribute("textContent").contains("¶ 38"));
    browser(screen).screenshot("document-p38-" + screen.name().toLowerCase(java.util.Locale.ROOT));
  }

  @ParameterizedTest
  @EnumSource(Screen.class)
  void choosingAParagraphNumberCitesIt(Screen screen) throws Exception {
    ChromeDriver d = open(screen, FoundingPage.path());
    browser(screen).screenshot("document-" + screen.name().toLowerCase(java.util.Locale.ROOT));
    WebElement number = d.findElement(By.cssSelector("#p12 a.pn"));
    ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'})", number);
    number.click();
    assertThat(d.getCurrentUrl()).endsWith("?p=12#p12");
    waitFor(d).until(x -> x.findElement(By.id("cite-para")).getText().contains("¶ 12"));
    assertThat(d.findElement(By.id("p12")).getAttribute("class")).contains("selected");
    assertThat(d.findElement(By.cssSelector(".cite-exports a")).getAttribute("href")).endsWith("format=bibtex&p=12");
  }

  @ParameterizedTest
  @EnumSource(Screen.class)
  void theCiteBoxSwitchesStyleAndCopiesTheCitation(Screen screen) throws Exception {
    ChromeDriver d = open(screen, FoundingPage.path() + "?p=38");
    WebElement mla = d.findElement(By.cssSelector(".cite-styles a[data-style=mla]"));
    ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'})", mla);
    mla.click();
    waitFor(d).until(x -> x.findElement(By.id("cite-para")).getText().contains("par. 38"));
    assertThat(d.getCurrentUrl()).doesNotContain("cite=mla");
    assertThat(mla.getAttribute("aria-current")).isEqualTo("true");
    assertThat(d.findElement(By.id("cite-doc")).getText()).contains("editors.");
    WebElement copy = d.findElement(By.id("cite-copy"));
    assertThat(copy.isDisplayed()).isTrue();
    ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'})", copy);
    copy.click();
    waitFor(d).until(x -> "Copied".equals(x.findElement(By.id("cite-status")).getText()));
    assertThat(copy.getAttribute("data-copied")).isEqualTo(d.findElement(By.id("cite-para")).getText().strip())
        .contains("par. 38");
  }

  @ParameterizedTest
  @EnumSource(Screen.class)
  void theDocumentPageHasNoSeriousAccessibilityViolation(Screen screen) throws Exception {
    ChromeDriver d = open(screen, FoundingPage.path());
    assertNoSeriousViolations(d);
    open(screen, "/" + Fixtures.EDITION + "/51?p=3");
    assertNoSeriousViolations(d);
    // A page in our own words, free to show anywhere (the founding page is not ours to republish).
    browser(screen).screenshot("fixture-document-" + screen.name().toLowerCase(java.util.Locale.ROOT));
  }

  @ParameterizedTest
  @EnumSource(Screen.class)
  void searchingGorbachevInCyrillicFindsDocument51AndNarrowsBySpeaker(Screen screen) throws Exception {
    ChromeDriver d = open(screen, "/search");
    WebElement box = d.findElement(By.id("q"));
    box.sendKeys("Горбачёв");
    box.submit();
    waitFor(d).until(x -> !x.findElements(By.cssSelector(".result")).isEmpty());
    List<String> documents = d.findElements(By.cssSelector(".result h2 a")).stream().map(a -> a.getAttribute("href")).toList();
    assertThat(documents).anySatisfy(href -> assertThat(href).endsWith(FoundingPage.path()));
    String name = screen.name().toLowerCase(java.util.Locale.ROOT);
    browser(screen).screenshot("search-" + name);
    if (screen == Screen.PHONE) d.findElement(By.cssSelector("details.filters > summary")).click();
    WebElement option = d.findElement(By.cssSelector("input[name=speaker]"));
    String speaker = option.getAttribute("value");
    String count = d.findElement(By.cssSelector("label[for=" + option.getAttribute("id") + "] .n")).getText();
    ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'})", option);
    option.click(); // the script submits the form when a facet is ticked
    waitFor(d).until(x -> x.getCurrentUrl().contains("speaker="));
    waitFor(d).until(x -> !x.findElements(By.cssSelector(".summary")).isEmpty());
    assertThat(d.findElement(By.cssSelector("input[name=speaker][value='" + speaker + "']")).isSelected()).isTrue();
    assertThat(d.findElement(By.cssSelector(".summary")).getText()).startsWith(count + " match");
    assertThat(d.findElements(By.cssSelector(".kwic .where"))).hasSize(Integer.parseInt(count))
        .allSatisfy(w -> assertThat(w.getText()).contains(speaker));
    open(screen, "/search?q=leasing&speaker=Aristov");
    assertThat(d.findElements(By.cssSelector(".kwic"))).isNotEmpty()
        .allSatisfy(k -> assertThat(k.getAttribute("href")).contains(FoundingPage.path() + "#p"));
    browser(screen).screenshot("search-speaker-" + name);
  }

  @ParameterizedTest
  @EnumSource(Screen.class)
  void theSearchPageHasNoSeriousAccessibilityViolation(Screen screen) throws Exception {
    ChromeDriver d = open(screen, "/search?q=" + java.net.URLEncoder.encode("Горбачёв", java.nio.charset.StandardCharsets.UTF_8));
    assertNoSeriousViolations(d);
    open(screen, "/search?q=perestroyka&speaker=Nobody");
    assertNoSeriousViolations(d);
    open(screen, "/search");
    assertNoSeriousViolations(d);
  }

  @ParameterizedTest
  @EnumSource(Screen.class)
  void theHomeAndEditionPagesHaveNoSeriousAccessibilityViolation(Screen screen) throws Exception {
    String name = screen.name().toLowerCase(java.util.Locale.ROOT);
    ChromeDriver d = open(screen, "/");
    assertNoSeriousViolations(d);
    browser(screen).screenshot("home-" + name);
    open(screen, "/" + Fixtures.EDITION);
    assertNoSeriousViolations(d);
    browser(screen).screenshot("edition-" + name);
    open(screen, "/" + Fixtures.EDITION + "/persons/p_GMS_1");
    assertNoSeriousViolations(d);
  }

  @org.junit.jupiter.api.Test
  void printingShowsTheTextAndItsNotesWithoutTheSiteChrome() throws Exception {
    ChromeDriver d = open(Screen.DESKTOP, FoundingPage.path());
    d.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      assertThat(d.findElement(By.cssSelector("header.site")).isDisplayed()).isFalse();
      assertThat(d.findElement(By.cssSelector("aside.tools")).isDisplayed()).isFalse();
      assertThat(d.findElement(By.id("p38")).isDisplayed()).isTrue();
      assertThat(d.findElement(By.id("n1")).isDisplayed()).isTrue();
      browser(Screen.DESKTOP).screenshot("document-print");
    } finally {
      d.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
  }

  @ParameterizedTest
  @EnumSource(Screen.class)
  void aWordInANoteIsFoundSaysSoAndLinksToTheNote(Screen screen) throws Exception {
    String name = screen.name().toLowerCase(java.util.Locale.ROOT);
    ChromeDriver d = open(screen, "/search?q=hall");
    WebElement hit = d.findElement(By.cssSelector(".hit-note .kwic"));
    assertThat(hit.findElement(By.cssSelector(".where")).getText()).isEqualTo("Note 1 · ¶ 2");
    assertThat(hit.getAttribute("href")).endsWith("/" + Fixtures.EDITION + "/51#n1");
    browser(screen).screenshot("search-note-" + name);
    ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'})", hit);
    hit.click();
    waitFor(d).until(x -> x.getCurrentUrl().endsWith("#n1"));
    assertThat(d.findElement(By.id("n1")).getText()).contains("small hall");
  }

  @ParameterizedTest
  @EnumSource(Screen.class)
  void hitsAreInReadingOrderUnderTheDocumentNumberAndDateWithFiltersAsChips(Screen screen) throws Exception {
    String name = screen.name().toLowerCase(java.util.Locale.ROOT);
    ChromeDriver d = open(screen, "/search?q=meeting&edition=" + Fixtures.EDITION + "&from=1989-01-01");
    WebElement result = d.findElement(By.cssSelector(".result"));
    assertThat(d.findElements(By.cssSelector(".result"))).hasSize(1);
    assertThat(result.findElement(By.cssSelector("h2")).getText()).startsWith("No. 51");
    assertThat(result.findElement(By.cssSelector(".meta")).getText()).contains("1989");
    assertThat(result.findElements(By.cssSelector(".kwic .where"))).extracting(WebElement::getText)
        .containsExactly("Title", "¶ 1", "¶ 2 · Gorbachev", "Note 1 · ¶ 2");
    List<WebElement> chips = d.findElements(By.cssSelector(".chips a.chip"));
    assertThat(chips).extracting(WebElement::getText)
        .anySatisfy(t -> assertThat(t).startsWith("Edition: Papers of a Quiet Year"))
        .anySatisfy(t -> assertThat(t).startsWith("Dates: 1989-01-01"));
    assertThat(chips.get(0).isDisplayed()).isTrue(); // visible without opening the filters, on a phone too
    assertThat(noHorizontalScroll(d)).isTrue();
    if (screen == Screen.PHONE) {
      WebElement summary = d.findElement(By.cssSelector("details.filters > summary"));
      assertThat(summary.getText()).isEqualTo("Filters (2 active)");
      assertThat(summary.getRect().getY()).isLessThan(result.getRect().getY()); // the button is above the results
      assertThat(d.findElement(By.cssSelector(".facets fieldset")).isDisplayed()).isFalse();
      browser(screen).screenshot("search-phone-filters-closed");
      summary.click();
      assertThat(d.findElement(By.cssSelector(".facets fieldset")).isDisplayed()).isTrue();
      assertThat(noHorizontalScroll(d)).isTrue();
      browser(screen).screenshot("search-phone-filters-open");
    } else {
      assertThat(d.findElement(By.cssSelector("details.filters > summary")).isDisplayed()).isFalse();
      assertThat(d.findElement(By.cssSelector(".facets fieldset")).isDisplayed()).isTrue();
      browser(screen).screenshot("search-chips-" + name);
    }
    assertNoSeriousViolations(d);
    WebElement edition = d.findElements(By.cssSelector(".chips a.chip")).stream()
        .filter(c -> c.getText().startsWith("Edition:")).findFirst().orElseThrow();
    edition.click();
    waitFor(d).until(x -> !x.getCurrentUrl().contains("edition="));
    assertThat(d.getCurrentUrl()).contains("from=1989-01-01");
  }

  @org.junit.jupiter.api.Test
  void printingASearchShowsEveryResultWithItsAddressAndNoForm() throws Exception {
    ChromeDriver d = open(Screen.DESKTOP, "/search?q=meeting&edition=" + Fixtures.EDITION);
    d.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      assertThat(d.findElement(By.cssSelector(".search-form")).isDisplayed()).isFalse();
      assertThat(d.findElement(By.cssSelector("details.filters")).isDisplayed()).isFalse();
      assertThat(d.findElement(By.cssSelector(".print-query")).getText()).contains("meeting");
      List<WebElement> urls = d.findElements(By.cssSelector(".print-url"));
      assertThat(urls).isNotEmpty().hasSameSizeAs(d.findElements(By.cssSelector(".kwic")))
          .allSatisfy(u -> assertThat(u.isDisplayed()).isTrue())
          .allSatisfy(u -> assertThat(u.getText()).startsWith("http://"))
          .anySatisfy(u -> assertThat(u.getText()).endsWith("/" + Fixtures.EDITION + "/51#n1"));
      browser(Screen.DESKTOP).screenshot("search-print");
    } finally {
      d.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
  }

  private static boolean noHorizontalScroll(ChromeDriver d) {
    return (Boolean) d.executeScript("return document.documentElement.scrollWidth <= window.innerWidth");
  }

  static void assertNoSeriousViolations(ChromeDriver d) {
    Results results = new AxeBuilder().analyze(d);
    List<String> serious = results.getViolations().stream()
        .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
        .map(ReaderBrowserTest::describe)
        .toList();
    assertThat(serious).as("serious or critical axe violations on " + d.getCurrentUrl()).isEmpty();
  }

  private static String describe(Rule v) {
    return v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
        + v.getNodes().stream().limit(3).map(n -> n.getTarget().toString()).toList();
  }
}
