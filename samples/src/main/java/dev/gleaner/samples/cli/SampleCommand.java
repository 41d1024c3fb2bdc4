package dev.gleaner.samples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import dev.gleaner.Gleaner;
import dev.gleaner.json.GleanerJson;
import dev.gleaner.model.PageResult;
import dev.gleaner.model.Post;
import dev.gleaner.samples.SamplePage;
import dev.gleaner.samples.SamplePages;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code gleaner sample}: ingests every bundled sample page with its URL and prints all their posts as one
 * indented JSON array on standard output, with a one-line header per page on standard error.
 */
@Command(name = "sample",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Ingests every bundled sample page (with the URL it was saved from) and prints the posts as one "
                    + "indented JSON array on standard output.",
            "A header line per page (file, URL, page kind, number of posts) goes to standard error, so "
                    + "standard output stays valid JSON."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the samples were ingested",
            "1:no sample pages are bundled, or one could not be read"
        })
final class SampleCommand implements Callable<Integer> {
    private static final String HEADER_FORMAT = "== %s  <%s>  kind %s, %d post(s)%n";
    private static final String FAILED_FORMAT = "== %s  <%s>  failed: %s%n";

    private final PipelineFactory pipelines;

    @Spec
    private CommandSpec spec;

    SampleCommand(PipelineFactory pipelines) {
        this.pipelines = Objects.requireNonNull(pipelines, "pipelines must not be null");
        this.spec = CommandSpec.create();
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<SamplePage> pages = SamplePages.list();
        if (pages.isEmpty()) {
            err.println("gleaner sample: " + SamplePages.INDEX_RESOURCE + " lists no pages");
            return GleanerCli.EXIT_FAILED;
        }
        Gleaner gleaner = pipelines.create(Gleaner.DEFAULT_MAX_PAGE_CHARS);
        try (SequenceWriter array = GleanerJson.prettyWriter()
                .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValuesAsArray(out)) {
            for (SamplePage page : pages) {
                PageResult result;
                try {
                    result = gleaner.ingest(page.bytes(), page.url(), Optional.empty());
                } catch (RuntimeException | StackOverflowError e) {
                    err.printf(Locale.ROOT, FAILED_FORMAT, page.fileName(), page.url(), e);
                    err.flush();
                    continue;
                }
                err.printf(Locale.ROOT, HEADER_FORMAT, page.fileName(), page.url(), result.kind(),
                        result.posts().size());
                err.flush();
                for (Post post : result.posts()) {
                    array.write(post);
                }
                array.flush();
            }
        }
        out.println();
        out.flush();
        return GleanerCli.EXIT_OK;
    }
}
