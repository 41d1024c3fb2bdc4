package dev.gleaner.samples.cli;

import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code gleaner} command: the entry point of the runnable jar ({@code java -jar gleaner.jar}).
 * Its subcommands are {@link SampleCommand sample} and {@link ConvertCommand convert}.
 */
@Command(name = "gleaner",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        synopsisSubcommandLabel = "COMMAND",
        description = {
            "Extracts typed blog posts (title, date, authors, labels, text) from saved Blogger pages "
                    + "and other HTML pages.",
            ""
        },
        footer = {
            "",
            "Examples:",
            "  gleaner sample > samples.json",
            "  gleaner convert pages/ -o posts.jsonl --threads 8",
            "  gleaner entities post.txt page.html",
            "",
            "Run 'gleaner help COMMAND' for a command's options."
        },
        subcommands = CommandLine.HelpCommand.class)
public final class GleanerCli implements Runnable {

    /** Exit code of a successful run. */
    public static final int EXIT_OK = 0;
    /** Exit code when nothing could be read, or a run failed as a whole (an output file could not be written). */
    public static final int EXIT_FAILED = 1;
    /** Exit code of a usage error (picocli's convention). */
    public static final int EXIT_USAGE = CommandLine.ExitCode.USAGE;

    @Spec
    private CommandSpec spec;

    GleanerCli() {
        this.spec = CommandSpec.create();
    }

    /** Runs the command line and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(commandLine(PipelineFactory.DEFAULT).execute(args));
    }

    /**
     * The configured command line, for embedding and tests: call {@link CommandLine#execute(String...)} and set
     * {@link CommandLine#setOut}/{@link CommandLine#setErr} to capture its output.
     *
     * @param pipelines builds the pipeline the subcommands run
     */
    public static CommandLine commandLine(PipelineFactory pipelines) {
        Objects.requireNonNull(pipelines, "pipelines must not be null");
        CommandLine commandLine = new CommandLine(new GleanerCli());
        commandLine.addSubcommand(new SampleCommand(pipelines));
        commandLine.addSubcommand(new ConvertCommand(pipelines));
        commandLine.addSubcommand(new LabelsCommand());
        commandLine.addSubcommand(new dev.gleaner.samples.entities.EntitiesCommand());
        commandLine.setExecutionExceptionHandler((e, line, parseResult) -> {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            line.getErr().println(line.getCommandName() + ": error: " + message);
            line.getErr().flush();
            return EXIT_FAILED;
        });
        return commandLine;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command: sample or convert");
    }
}
