package dev.gleaner.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.gleaner.Gleaner;
import dev.gleaner.batch.PageConverter;
import dev.gleaner.batch.PageOutcome;
import dev.gleaner.batch.input.InputKind;
import dev.gleaner.batch.input.InputOptions;
import dev.gleaner.batch.input.PageContent;
import dev.gleaner.batch.input.PageInput;
import dev.gleaner.batch.input.PageSource;
import dev.gleaner.json.GleanerJson;
import dev.gleaner.model.Post;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import scala.Tuple2;

/**
 * Converts WARC files, archives and HTML files under a path to posts on a Spark cluster. Each partition runs one
 * loop over its files with a {@link Gleaner} built once per executor JVM ({@link #pipeline()}: Gleaner is not
 * serialisable and does not need to be; building it is cheap, and its rule files load once per JVM). Pages that
 * give no post are written, one JSON line each ({@code source, reason, detail}), to {@code OUTPUT-errors}.
 *
 * <pre>
 * spark-submit --class dev.gleaner.spark.GleanerSparkJob gleaner-spark.jar INPUT OUTPUT [json|parquet]
 * </pre>
 */
public final class GleanerSparkJob {
    private static final char POST = 'P';
    private static final char ERROR = 'E';
    private static final String ERRORS_SUFFIX = "-errors";
    private static final String PARQUET = "parquet";

    private static volatile @Nullable Gleaner pipeline;

    private GleanerSparkJob() {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: GleanerSparkJob INPUT OUTPUT [json|parquet]");
            System.exit(2);
        }
        String format = args.length > 2 ? args[2].toLowerCase(Locale.ROOT) : "json";
        SparkSession spark = SparkSession.builder().appName("gleaner").getOrCreate();
        try {
            run(spark, args[0], args[1], format);
        } finally {
            spark.stop();
        }
    }

    /** Converts the files under {@code input}; posts go to {@code output}, errors to {@code output-errors}. */
    public static void run(SparkSession spark, String input, String output, String format) {
        JavaRDD<String> tagged = JavaSparkContext.fromSparkContext(spark.sparkContext()).binaryFiles(input)
                .mapPartitions(GleanerSparkJob::convertPartition).cache();
        Dataset<String> posts = spark.createDataset(tagged.filter(l -> l.charAt(0) == POST)
                .map(l -> l.substring(1)).rdd(), Encoders.STRING());
        Dataset<String> errors = spark.createDataset(tagged.filter(l -> l.charAt(0) == ERROR)
                .map(l -> l.substring(1)).rdd(), Encoders.STRING());
        if (PARQUET.equals(format)) {
            spark.read().json(posts).write().mode(SaveMode.Overwrite).parquet(output);
        } else {
            posts.write().mode(SaveMode.Overwrite).text(output);
        }
        errors.write().mode(SaveMode.Overwrite).text(output + ERRORS_SUFFIX);
        tagged.unpersist();
    }

    /** The executor's pipeline, built on first use. */
    static Gleaner pipeline() {
        Gleaner current = pipeline;
        if (current == null) {
            synchronized (GleanerSparkJob.class) {
                current = pipeline;
                if (current == null) {
                    current = Gleaner.create();
                    pipeline = current;
                }
            }
        }
        return current;
    }

    /** One partition: its files' pages, converted lazily, as tagged JSON lines. */
    static Iterator<String> convertPartition(Iterator<Tuple2<String, PortableDataStream>> files) {
        PageConverter converter = new PageConverter(pipeline(), InputOptions.DEFAULT_MAX_PAGE_BYTES);
        ObjectWriter json = GleanerJson.writer();
        return new Iterator<>() {
            private final Deque<String> ready = new ArrayDeque<>();
            private @Nullable PageSource source;
            private @Nullable Path temp;
            private String prefix = "";
            private String original = "";

            @Override
            public boolean hasNext() {
                while (ready.isEmpty()) {
                    PageSource open = source;
                    if (open != null && open.hasNext()) {
                        PageInput page = open.next();
                        String name = page.source().startsWith(prefix)
                                ? original + page.source().substring(prefix.length()) : page.source();
                        emit(converter.convert(new PageInput(name, page.url(), page.contentType(), page.crawled(),
                                page.content())));
                        continue;
                    }
                    closeSource();
                    if (!files.hasNext()) {
                        return false;
                    }
                    Tuple2<String, PortableDataStream> file = files.next();
                    open(file._1(), file._2());
                }
                return true;
            }

            @Override
            public String next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return ready.poll();
            }

            private void open(String path, PortableDataStream stream) {
                if (InputKind.of(path).isContainer()) {
                    try (InputStream in = stream.open()) {
                        Path copy = Files.createTempFile("gleaner-", suffix(path));
                        Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                        temp = copy;
                        prefix = copy.toString();
                        original = path;
                        source = PageSource.of(List.of(copy), InputOptions.defaults(), warning -> { });
                    } catch (IOException e) {
                        emit(PageOutcome.failed(path, dev.gleaner.batch.FailureReason.UNREADABLE, e.toString()));
                    }
                    return;
                }
                byte[] bytes = stream.toArray();
                PageContent content = bytes.length > InputOptions.DEFAULT_MAX_PAGE_BYTES
                        ? new PageContent.TooLarge(bytes.length + " bytes")
                        : new PageContent.InMemory(bytes);
                emit(converter.convert(new PageInput(path, Optional.empty(), Optional.empty(), Optional.empty(),
                        content)));
            }

            private void emit(PageOutcome outcome) {
                try {
                    if (outcome.error().isPresent()) {
                        ready.add(ERROR + json.writeValueAsString(outcome.error().get()));
                    }
                    for (Post post : outcome.posts()) {
                        ready.add(POST + json.writeValueAsString(post));
                    }
                } catch (JsonProcessingException e) {
                    throw new UncheckedIOException(e);
                }
            }

            private void closeSource() {
                PageSource open = source;
                source = null;
                if (open != null) {
                    open.close();
                }
                Path copy = temp;
                temp = null;
                if (copy != null) {
                    try {
                        Files.deleteIfExists(copy);
                    } catch (IOException e) {
                        copy.toFile().deleteOnExit();
                    }
                }
            }
        };
    }

    private static String suffix(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        for (String suffix : List.of(".warc.gz", ".warc", ".tar.gz", ".tgz", ".tar", ".zip", ".jsonl.gz", ".jsonl")) {
            if (lower.endsWith(suffix)) {
                return suffix;
            }
        }
        return ".bin";
    }
}
