package dev.gleaner.samples.cli;

import dev.gleaner.Gleaner;
import dev.gleaner.batch.BatchConverter;
import dev.gleaner.batch.BatchOutput;
import dev.gleaner.batch.BatchSummary;
import dev.gleaner.batch.DedupeMode;
import dev.gleaner.batch.input.InputOptions;
import dev.gleaner.batch.input.PageSource;
import dev.gleaner.batch.input.PathFilter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gleaner convert}: a thin command line over the batch API ({@link BatchConverter}, {@link PageSource}):
 * turns saved pages, archives, WARC files and JSON Lines into JSON Lines, one post per line, and lists every page
 * that gave no post in an errors file, so each input ends up in exactly one of the two. Options map one to one onto
 * the batch API's settings; a pipeline option belongs in {@link PipelineFactory}.
 */
@Command(name = "convert",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Converts saved pages to JSON Lines: one line per post, each with its 'source' (the input path, "
                    + "archive!/entry, or the URL of a WARC or JSON Lines record) and 'pageKind'.",
            "Inputs: page files (*.gz decompressed), directories (recursive, filtered by --include/--exclude), "
                    + "*.zip, *.tar, *.tar.gz, *.warc, *.warc.gz, *.jsonl of {\"url\", \"html\"}, and '-' for a "
                    + "list of paths on standard input.",
            "Every input that gives no post gets exactly one line in the errors file: "
                    + "{\"source\": ..., \"reason\": REASON, \"detail\": MESSAGE}, where REASON is unreadable, "
                    + "not-html, too-large, timed-out, extraction-failed, no-post or duplicate.",
            "A killed run started again with the same command resumes where it stopped (OUT.journal); outputs "
                    + "are written as *.partial and renamed when complete. A summary line ends the run on standard "
                    + "error and is written as JSON to STEM.summary.json beside the output.",
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
    private static final String STDIN = "-";
    private static final long SECONDS_PER_MINUTE = 60;

    private final PipelineFactory pipelines;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Page files, directories, archives, WARC and JSON Lines files, in any mix; '-' reads "
                    + "paths from standard input, one per line. A file named here is read whatever its name.")
    private List<String> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.jsonl",
            description = "The posts file to write (replaced if it exists, unless resuming). A name ending in "
                    + ".gz is gzip-compressed.")
    private @Nullable Path output;

    @Option(names = "--errors", paramLabel = "ERRORS.jsonl",
            description = "The errors file to write (default: OUT with the suffix .errors.jsonl).")
    private @Nullable Path errors;

    @Option(names = "--threads", paramLabel = "N",
            description = "Pages converted in parallel (default: the number of processors, here ${DEFAULT-VALUE}).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--ordered",
            description = "Write pages in input order (default: in the order they complete, which is faster).")
    private boolean ordered;

    @Option(names = "--include", paramLabel = "GLOB",
            description = "Files taken from directories and archives (repeatable; a glob without '/' matches the "
                    + "file name). Default: pages, archives, WARC and JSON Lines files by their suffixes.")
    private List<String> includes = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Files left out (repeatable).")
    private List<String> excludes = new ArrayList<>();

    @Option(names = "--max-page-chars", paramLabel = "N",
            defaultValue = "" + Gleaner.DEFAULT_MAX_PAGE_CHARS,
            description = "Pages longer than this many characters are not extracted and are listed as too-large "
                    + "(default: ${DEFAULT-VALUE}).")
    private int maxPageChars;

    @Option(names = "--max-page-bytes", paramLabel = "N",
            defaultValue = "" + InputOptions.DEFAULT_MAX_PAGE_BYTES,
            description = "Pages larger than this many bytes (uncompressed) are never read whole and are listed "
                    + "as too-large (default: ${DEFAULT-VALUE}).")
    private long maxPageBytes;

    @Option(names = "--page-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "A page whose extraction takes longer is listed as timed-out and the run goes on; 0: no "
                    + "limit (default: ${DEFAULT-VALUE}).")
    private double pageTimeoutSeconds;

    @Option(names = "--gzip", description = "Compress the posts file(s) with gzip (also when OUT ends in .gz).")
    private boolean gzip;

    @Option(names = "--shard-size", paramLabel = "N", defaultValue = "0",
            description = "Split the posts into files of about N posts: OUT-00000.jsonl, OUT-00001.jsonl, ... "
                    + "(default: one file).")
    private long shardSize;

    @Option(names = "--dedupe", arity = "0..1", paramLabel = "BY", fallbackValue = "post-id",
            description = "Write each post once when several pages show it (mobile ?m=1 pages, archive and label "
                    + "pages): by post-id (Blogger post id, else URL, else content; the default when BY is "
                    + "omitted), url (normalised URL, else content) or content (title and text).")
    private @Nullable String dedupe;

    @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
            description = "auto (a progress bar on a terminal, else a log line every --log-interval), bar, log or "
                    + "none (default: ${DEFAULT-VALUE}).")
    private String progress = "auto";

    @Option(names = "--log-interval", paramLabel = "SECONDS", defaultValue = "10",
            description = "Seconds between progress log lines (default: ${DEFAULT-VALUE}).")
    private double logIntervalSeconds;

    @Option(names = "--label-model", paramLabel = "MODEL",
            description = "Fill suggestedLabels from this label model (written by 'gleaner labels train') as well "
                    + "as from each post's key phrases and entities (default: key phrases and entities only).")
    private @Nullable Path labelModel;

    @Option(names = "--no-labels", description = "Leave suggestedLabels empty (no label suggestions).")
    private boolean noLabels;

    @Option(names = "--no-entities", description = "Leave entities empty (no entity extraction).")
    private boolean noEntities;

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
        Optional<DedupeMode> dedupeMode = dedupeMode();
        PathFilter filter = filter();
        BatchOutput batchOutput = BatchOutput.to(postsFile).withErrors(errorsFile).withShardSize(shardSize);
        if (gzip) {
            batchOutput = batchOutput.withGzip(true);
        }

        // With both post stages off, build without them so their models are never loaded (start-up time).
        Gleaner base = noEntities && noLabels && labelModel == null ? pipelines.createWithoutEnrichers(maxPageChars)
                : pipelines.create(maxPageChars);
        Gleaner gleaner = LabelStages.apply(base, maxPageChars,
                Optional.ofNullable(labelModel), noLabels);
        gleaner = dev.gleaner.samples.entities.EntityStages.apply(gleaner, maxPageChars, noEntities);
        BatchConverter converter = BatchConverter.builder(gleaner).threads(threads).ordered(ordered)
                .pageTimeout(Duration.ofMillis(Math.round(pageTimeoutSeconds * 1000)))
                .maxPageBytes(maxPageBytes).dedupe(dedupeMode)
                .progressInterval(Duration.ofMillis(Math.max(1, Math.round(logIntervalSeconds * 1000))))
                .build();
        InputOptions inputOptions = new InputOptions(filter, maxPageBytes);
        ProgressReport report = ProgressReport.choose(progress, err,
                inputs.contains(STDIN) ? Optional.empty() : Optional.of(roots()), inputOptions);
        BatchSummary summary;
        try (PageSource pages = PageSource.of(roots(), inputOptions, report::warning); report) {
            summary = converter.run(pages, batchOutput, jobKey(filter), report);
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

    /** The inputs as paths; {@code -} reads them from standard input, lazily. */
    private Iterator<Path> roots() {
        Iterator<String> given = inputs.iterator();
        return new Iterator<>() {
            private Iterator<Path> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && given.hasNext()) {
                    String input = given.next();
                    current = STDIN.equals(input)
                            ? PageSource.pathList(new BufferedReader(new InputStreamReader(System.in,
                                    StandardCharsets.UTF_8)))
                            : List.of(Path.of(input)).iterator();
                }
                return current.hasNext();
            }

            @Override
            public Path next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    /** What identifies this job for resuming: the inputs as given and the filters. */
    private String jobKey(PathFilter filter) {
        return String.join("\n", inputs) + "\ninclude=" + filter.includes() + "\nexclude=" + filter.excludes();
    }

    private PathFilter filter() {
        try {
            return PathFilter.of(includes, excludes);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private Optional<DedupeMode> dedupeMode() {
        if (dedupe == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(DedupeMode.valueOf(dedupe.toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--dedupe must be post-id, url or "
                    + "content, was " + dedupe);
        }
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
        if (maxPageBytes < 1) {
            throw new CommandLine.ParameterException(line, "--max-page-bytes must be positive, was "
                    + maxPageBytes);
        }
        if (pageTimeoutSeconds < 0 || pageTimeoutSeconds > Integer.MAX_VALUE / SECONDS_PER_MINUTE) {
            throw new CommandLine.ParameterException(line, "--page-timeout must be between 0 and "
                    + Integer.MAX_VALUE / SECONDS_PER_MINUTE + " seconds, was " + pageTimeoutSeconds);
        }
        if (shardSize < 0) {
            throw new CommandLine.ParameterException(line, "--shard-size must not be negative, was " + shardSize);
        }
        if (!ProgressReport.MODES.contains(progress)) {
            throw new CommandLine.ParameterException(line, "--progress must be one of " + ProgressReport.MODES
                    + ", was " + progress);
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
        return BatchOutput.defaultErrors(postsFile);
    }
}
