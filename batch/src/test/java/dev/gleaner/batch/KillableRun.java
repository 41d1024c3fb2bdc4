package dev.gleaner.batch;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A batch run in its own JVM, for {@link ResumeAfterKillTest} to kill with SIGKILL: converts CORPUS to OUT with a
 * slow pipeline and frequent commits. Arguments: CORPUS OUT ORDERED(true|false) GZIP_SHARDS(0 = plain, one file).
 */
public final class KillableRun {
    static final long DELAY_MILLIS = 40;
    static final int CHECKPOINT_PAGES = 2;

    private KillableRun() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args[0]);
        BatchConverter converter = converter(TestPipeline.gleaner(DELAY_MILLIS), Boolean.parseBoolean(args[2]));
        BatchConverterTest.run(converter, corpus, output(Path.of(args[1]), Long.parseLong(args[3])));
    }

    static BatchConverter converter(dev.gleaner.Gleaner gleaner, boolean ordered) {
        return BatchConverter.builder(gleaner).threads(2).ordered(ordered).checkpointPages(CHECKPOINT_PAGES)
                .build();
    }

    static BatchOutput output(Path out, long shards) {
        BatchOutput output = BatchOutput.to(out);
        return shards > 0 ? output.withGzip(true).withShardSize(shards) : output;
    }
}
