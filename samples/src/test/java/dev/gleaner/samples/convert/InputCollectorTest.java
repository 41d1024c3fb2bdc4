package dev.gleaner.samples.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputCollectorTest {

    @TempDir
    Path dir;

    @Test
    void directoriesAreSearchedRecursivelyForPagesInPathOrder() throws IOException {
        Path b = touch("b.html");
        Path a = touch("a.htm");
        Path nested = touch("sub/deeper/c.html.gz");
        Path upper = touch("D.HTML");
        touch("notes.txt");
        touch("data.json");

        InputScan scan = InputCollector.collect(List.of(dir));

        assertThat(scan.pages()).containsExactly(upper, a, b, nested);
        assertThat(scan.unreadable()).isEmpty();
    }

    @Test
    void aFileNamedAsAnInputIsTakenWhateverItsName() throws IOException {
        Path text = touch("page.txt");

        assertThat(InputCollector.collect(List.of(text)).pages()).containsExactly(text);
    }

    @Test
    void aMissingInputIsUnreadable() {
        Path missing = dir.resolve("missing.html");

        InputScan scan = InputCollector.collect(List.of(missing));

        assertThat(scan.pages()).isEmpty();
        assertThat(scan.unreadable()).containsExactly(
                new ConversionError(missing.toString(), "unreadable", "no such file"));
    }

    @Test
    void aPageReachedTwiceIsListedOnce() throws IOException {
        Path page = touch("a.html");

        assertThat(InputCollector.collect(List.of(dir, page)).pages()).containsExactly(page);
    }

    private Path touch(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "<p>x</p>");
    }
}
