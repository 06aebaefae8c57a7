package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * What {@code --help} lists and the README's section on the command line agree, the help reads as
 * sentences, and what the command line suggests exists. All of it is read from picocli's model of
 * the commands, so a new command or option is checked without touching this test.
 */
class ReadmeAndHelpTest {
  private static final Pattern OPTION = Pattern.compile("(?<![\\w-])(--?[A-Za-z][\\w-]*)");

  private static Path repository() {
    Path root = Path.of(System.getProperty("dossier.root", "..")).toAbsolutePath().normalize();
    assertThat(root.resolve("README.md")).as("the repository root").isRegularFile();
    return root;
  }

  private static CommandLine root() {
    return Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
  }

  /** Every command below the root, depth first: "import", "solr", "solr start"… */
  private static List<CommandLine> commands(CommandLine parent) {
    List<CommandLine> all = new ArrayList<>();
    for (CommandLine c : parent.getSubcommands().values()) {
      if (all.stream().anyMatch(seen -> seen.getCommandSpec() == c.getCommandSpec())) continue; // aliases
      all.add(c);
      all.addAll(commands(c));
    }
    return all;
  }

  private static String path(CommandLine c) {
    return c.getCommandSpec().qualifiedName(" ").replaceFirst("^dossier ", "");
  }

  /** The README's section "The command line", up to the next section. */
  static String cliSection(String readme) {
    int start = readme.indexOf("\n## The command line");
    assertThat(start).as("README.md has a section '## The command line'").isNotNegative();
    int end = readme.indexOf("\n## ", start + 1);
    return readme.substring(start, end < 0 ? readme.length() : end);
  }

  /**
   * A command's README entry: its rows in the command table ({@code | `dossier import …` |}), and the
   * paragraphs of the section that name it in backquotes to describe options it shares with others.
   */
  static String entry(String section, String command) {
    StringBuilder sb = new StringBuilder();
    Pattern row = Pattern.compile("(?m)^\\| `dossier " + Pattern.quote(command) + "(?: [^`]*)?`.*$");
    Matcher m = row.matcher(section);
    while (m.find()) sb.append(m.group()).append('\n');
    if (sb.length() == 0) return "";
    for (String paragraph : section.split("\n\\s*\n")) {
      if (!paragraph.startsWith("|") && paragraph.contains("`" + command + "`")) sb.append(paragraph).append('\n');
    }
    return sb.toString();
  }

  static List<String> undocumented(String section, CommandLine root) {
    List<String> missing = new ArrayList<>();
    for (CommandLine c : commands(root)) {
      String command = path(c);
      String entry = entry(section, command);
      if (entry.isEmpty()) {
        missing.add("README.md, 'The command line': no row for `dossier " + command + "` in the command table");
        continue;
      }
      for (OptionSpec o : c.getCommandSpec().options()) {
        if (o.hidden()) continue;
        // --help and --version, which every command takes, are described once, at the top of the section.
        String where = o.usageHelp() || o.versionHelp() ? section : entry;
        for (String name : o.names()) {
          if (!Pattern.compile("(?<![\\w-])" + Pattern.quote(name) + "(?![\\w-])").matcher(where).find()) {
            missing.add("README.md, 'The command line': `dossier " + command + "` does not mention its option " + name);
          }
        }
      }
    }
    return missing;
  }

  @Test
  void theReadmeDescribesEveryCommandAndEveryOptionThatHelpLists() throws IOException {
    String readme = Files.readString(repository().resolve("README.md"), StandardCharsets.UTF_8);
    assertThat(undocumented(cliSection(readme), root())).isEmpty();
  }

  @Test
  void theReadmeCheckNamesTheCommandAndTheOptionThatAreMissing() {
    String section = "\n## The command line\n\nEvery command takes `-h`/`--help` and `-V`/`--version`.\n\n"
        + "| command | what |\n|---|---|\n| `dossier list EDITION` | the table of contents |\n";
    assertThat(undocumented(section, root()))
        .contains("README.md, 'The command line': `dossier list` does not mention its option --json",
            "README.md, 'The command line': no row for `dossier import` in the command table")
        .noneMatch(m -> m.contains("--help") || m.contains("--version"));
  }

  @Test
  void everyHelpTextReadsAsSentences() {
    List<String> bad = new ArrayList<>();
    for (CommandLine c : commands(root())) {
      CommandSpec spec = c.getCommandSpec();
      for (String line : spec.usageMessage().description()) check(path(c), line, bad);
      for (OptionSpec o : spec.options()) check(path(c) + " " + o.longestName(), String.join(" ", o.description()), bad);
      spec.positionalParameters().forEach(p -> check(path(c) + " " + p.paramLabel(), String.join(" ", p.description()), bad));
    }
    assertThat(bad).isEmpty();
  }

  private static void check(String where, String text, List<String> bad) {
    // Each line of a description is its own paragraph in --help: it must begin and end a sentence.
    String shown = text.replace("%n", " ").strip();
    if (!shown.matches("(?s)[\\p{Lu}\\d\"(].*[.!?:)]")) bad.add(where + ": '" + shown + "'");
  }

  /** Options the command line's own sources write into messages ("give it with --shared DIR"). */
  @Test
  void everyOptionThatAMessageSuggestsExists() throws IOException {
    Set<String> known = new LinkedHashSet<>();
    for (CommandLine c : commands(root())) {
      for (OptionSpec o : c.getCommandSpec().options()) known.addAll(List.of(o.names()));
    }
    List<String> unknown = new ArrayList<>();
    for (String module : List.of("dossier-cli", "dossier-app")) {
      Path main = repository().resolve(module).resolve("src/main/java");
      try (Stream<Path> files = Files.walk(main)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
          List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
          for (int i = 0; i < lines.size(); i++) {
            for (String literal : literals(lines.get(i))) {
              Matcher m = OPTION.matcher(literal);
              while (m.find()) {
                if (m.group(1).startsWith("--") && !known.contains(m.group(1))) {
                  unknown.add(main.relativize(f) + ":" + (i + 1) + ": " + m.group(1));
                }
              }
            }
          }
        }
      }
    }
    assertThat(unknown).isEmpty();
  }

  /** The string literals on a line of Java (enough for this code base: no text blocks in messages). */
  private static List<String> literals(String line) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(line);
    while (m.find()) out.add(m.group(1));
    return out;
  }

  /**
   * Commands that messages name ("dossier reindex EDITION") exist too. "./dossier builds it" is the
   * script speaking of itself, not a command.
   */
  @Test
  void everyCommandThatAMessageSuggestsExists() throws IOException {
    Set<String> commands = new LinkedHashSet<>();
    for (CommandLine c : commands(root())) commands.add(path(c).split(" ")[0]);
    List<String> unknown = new ArrayList<>();
    Path main = repository().resolve("dossier-cli/src/main/java");
    try (Stream<Path> files = Files.walk(main)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          for (String literal : literals(line)) {
            Matcher m = Pattern.compile("(?<![/\\w])dossier ([a-z][a-z-]*)").matcher(literal);
            while (m.find()) if (!commands.contains(m.group(1))) unknown.add(f.getFileName() + ": dossier " + m.group(1));
          }
        }
      }
    }
    assertThat(unknown).isEmpty();
  }

  /** What a command run printed suggests only options of that command ("show them with --issues" on import). */
  static void suggestsOnlyItsOwnOptions(String command, String printed) {
    CommandLine c = root();
    for (String part : command.split(" ")) c = c.getSubcommands().get(part);
    Set<String> own = new LinkedHashSet<>();
    for (OptionSpec o : c.getCommandSpec().options()) own.addAll(List.of(o.names()));
    Matcher m = Pattern.compile("(?<![\\w-])(--[a-z][a-z-]*)").matcher(printed);
    while (m.find()) assertThat(own).as("dossier %s printed %s", command, m.group(1)).contains(m.group(1));
  }

  @Test
  void theVersionNamesDossierLuceneAndSolrAsTheBuildHasThem() throws IOException {
    CliRun run = CliRun.of("--version");
    assertThat(run.exitCode()).isZero();
    String pom = Files.readString(repository().resolve("pom.xml"), StandardCharsets.UTF_8);
    assertThat(run.out()).contains("Dossier " + tag(pom, "version"), "Lucene " + tag(pom, "lucene.version"),
        "SolrJ " + tag(pom, "solr.version"));
  }

  private static String tag(String pom, String name) {
    Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(pom);
    assertThat(m.find()).as("pom.xml has <%s>", name).isTrue();
    return m.group(1);
  }
}
