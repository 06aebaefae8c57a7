package org.dossier.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code dossier} command: lists the subcommands. */
@Command(
    name = "dossier",
    mixinStandardHelpOptions = true,
    versionProvider = Versions.class,
    description = "Documentary editions: import primary sources, keep them as TEI, search, read and cite them.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {
      InitCommand.class,
      DescribeCommand.class,
      ImportCommand.class,
      ExportCommand.class,
      ListCommand.class,
      RemoveCommand.class,
      CheckCommand.class,
      SearchCommand.class,
      ServeCommand.class,
      DemoCommand.class,
      ReindexCommand.class,
      SolrCommand.class,
      picocli.CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:failure (bad input, missing file, not an edition…)", "2:bad usage (unknown command or option)"})
final class DossierCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    // "dossier" alone prints the overview, like "dossier --help", and says it was not enough.
    spec.commandLine().usage(spec.commandLine().getErr());
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a COMMAND is required");
  }
}
