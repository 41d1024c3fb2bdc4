package dev.gleaner.samples.cli;

import dev.gleaner.Gleaner;
import dev.gleaner.samples.convert.BatchConverter;
import dev.gleaner.samples.convert.ConversionSink;
import dev.gleaner.samples.convert.ConversionSummary;
import dev.gleaner.samples.convert.InputCollector;
import dev.gleaner.samples.convert.InputScan;
import dev.gleaner.samples.convert.PageConverter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gleaner convert}: turns saved pages into JSON Lines, one post per line, and lists every page that gave no
 * post in an errors file, so each input ends up in exactly one of the two.
 */
@Command(name = "convert",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Converts saved pages to JSON Lines: one line per post, each with its 'source' (the input path) and "
                    + "'pageKind'.",
            "Every input that gives no post gets exactly one line in the errors file: "
                    + "{\"source\": PATH, \"reason\": REASON, \"detail\": MESSAGE}, where REASON is unreadable, "
                    + "extraction-failed, no-post or too-large.",
            "A summary line 'pages N, posts N, errors N, seconds S' ends the run on standard error.",
            ""
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:at least one input was read (pages without posts are in the errors file)",
            "1:nothing could be read (no input found, or every input unreadable), or an output file "
                    + "could not be written",
            "2:usage error"
        })
final class ConvertCommand implements Callable<Integer> {
    private static final String JSONL_SUFFIX = ".jsonl";
    private static final String ERRORS_SUFFIX = ".errors.jsonl";

    private final PipelineFactory pipelines;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Page files and directories, in any mix. Directories are searched recursively for "
                    + "*.html, *.htm and *.html.gz files, in sorted order; a file named here is read whatever "
                    + "its name (*.gz files are decompressed).")
    private List<Path> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.jsonl",
            description = "The posts file to write (replaced if it exists).")
    private @Nullable Path output;

    @Option(names = "--errors", paramLabel = "ERRORS.jsonl",
            description = "The errors file to write (default: OUT with the suffix .errors.jsonl).")
    private @Nullable Path errors;

    @Option(names = "--threads", paramLabel = "N",
            description = "Pages converted in parallel (default: the number of processors, here ${DEFAULT-VALUE}).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-page-chars", paramLabel = "N",
            defaultValue = "" + Gleaner.DEFAULT_MAX_PAGE_CHARS,
            description = "Pages longer than this many characters are not extracted and are listed as too-large "
                    + "(default: ${DEFAULT-VALUE}).")
    private int maxPageChars;

    ConvertCommand(PipelineFactory pipelines) {
        this.pipelines = Objects.requireNonNull(pipelines, "pipelines must not be null");
        this.spec = CommandSpec.create();
    }

    @Override
    public Integer call() throws IOException {
        Path postsFile = Objects.requireNonNull(output, "picocli enforces --output");
        Path errorsFile = errors != null ? errors : defaultErrorsFile(postsFile);
        validate(postsFile, errorsFile);
        PrintWriter err = spec.commandLine().getErr();

        Gleaner gleaner = pipelines.create(maxPageChars);
        InputScan scan = InputCollector.collect(inputs);
        ConversionSummary summary;
        try (Writer postsOut = open(postsFile); Writer errorsOut = open(errorsFile)) {
            BatchConverter converter = new BatchConverter(new PageConverter(gleaner, maxPageChars), threads);
            summary = converter.run(scan, new ConversionSink(postsOut, errorsOut));
        }
        err.println(summary.line());
        if (summary.nothingRead()) {
            err.println("gleaner convert: nothing could be read: "
                    + (summary.pages() == 0 ? "no input found" : "every input is unreadable (see " + errorsFile
                    + ")"));
            err.flush();
            return GleanerCli.EXIT_FAILED;
        }
        err.flush();
        return GleanerCli.EXIT_OK;
    }

    private void validate(Path postsFile, Path errorsFile) {
        CommandLine line = spec.commandLine();
        if (threads < 1) {
            throw new CommandLine.ParameterException(line, "--threads must be at least 1, was " + threads);
        }
        if (maxPageChars < 1) {
            throw new CommandLine.ParameterException(line, "--max-page-chars must be positive, was "
                    + maxPageChars);
        }
        if (postsFile.toAbsolutePath().normalize().equals(errorsFile.toAbsolutePath().normalize())) {
            throw new CommandLine.ParameterException(line, "the posts file and the errors file must differ: "
                    + postsFile);
        }
        if (Files.isDirectory(postsFile) || Files.isDirectory(errorsFile)) {
            throw new CommandLine.ParameterException(line, "an output is a directory: "
                    + (Files.isDirectory(postsFile) ? postsFile : errorsFile));
        }
    }

    /** {@code out.jsonl} gives {@code out.errors.jsonl}; any other name gets {@code .errors.jsonl} appended. */
    static Path defaultErrorsFile(Path postsFile) {
        String name = postsFile.getFileName() == null ? "" : postsFile.getFileName().toString();
        String stem = name.endsWith(JSONL_SUFFIX) ? name.substring(0, name.length() - JSONL_SUFFIX.length()) : name;
        return postsFile.resolveSibling(stem + ERRORS_SUFFIX);
    }

    /**
     * A buffered UTF-8 writer that replaces what UTF-8 cannot encode (a lone surrogate from a broken page) instead
     * of failing the whole run on it.
     */
    private static Writer open(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8));
    }
}
