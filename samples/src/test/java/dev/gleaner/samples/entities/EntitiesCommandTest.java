package dev.gleaner.samples.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gleaner.Gleaner;
import dev.gleaner.extractors.entities.EntityEnricher;
import dev.gleaner.extractors.entities.EntityRecognizer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EntitiesCommandTest {

    private static EntityRecognizer recognizer;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        recognizer = EntityRecognizer.english();
    }

    private String run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine line = new CommandLine(new EntitiesCommand(() -> recognizer));
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(new StringWriter()));
        assertThat(line.execute(args)).isZero();
        return out.toString();
    }

    @Test
    void tokenizedInputGivesOneJsonLinePerLine() throws Exception {
        Path in = dir.resolve("tokens.txt");
        Files.writeString(in, "Google opened an office in Paris .\n\nIt cost $ 5 million .\n",
                StandardCharsets.UTF_8);
        List<String> lines = run("--tokenized", in.toString()).lines().toList();

        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).contains("{\"start\":0,\"end\":1,\"type\":\"ORGANIZATION\"}")
                .contains("{\"start\":5,\"end\":6,\"type\":\"LOCATION\"}");
        assertThat(lines.get(1)).isEqualTo("{\"spans\":[]}");
        assertThat(lines.get(2)).contains("\"type\":\"MONEY\"");
    }

    @Test
    void plainTextFilesGiveTheirEntities() throws Exception {
        Path in = dir.resolve("post.txt");
        Files.writeString(in, "Microsoft paid $3 million in 2020.", StandardCharsets.UTF_8);
        String out = run(in.toString());
        assertThat(out).contains("\"source\"").contains("\"text\":\"Microsoft\"").contains("\"type\":\"MONEY\"")
                .contains("\"normalized\":\"2020\"");
    }

    @Test
    void noEntitiesDropsOnlyTheEntityStage() {
        Gleaner withEntities = Gleaner.builder().enrichers(List.of(new EntityEnricher(recognizer))).build();
        assertThat(EntityStages.apply(withEntities, 1000, false)).isSameAs(withEntities);
        Gleaner without = EntityStages.apply(withEntities, 1000, true);
        assertThat(without.enrichers()).isEmpty();
        assertThat(without.extractors()).isEqualTo(withEntities.extractors());
    }
}
