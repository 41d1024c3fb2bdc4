package dev.gleaner.batch.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gleaner.Gleaner;
import dev.gleaner.batch.BatchConverter;
import dev.gleaner.batch.BatchOutput;
import dev.gleaner.batch.BatchSummary;
import dev.gleaner.batch.ProgressListener;
import dev.gleaner.batch.input.InputOptions;
import dev.gleaner.batch.input.PageSource;
import dev.gleaner.extractors.GleanerDefaults;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Gleaner never fetches anything: not a page's {@code <base>}, {@code <link>}, images, frames, scripts or refresh
 * targets, and never parses XML (so no external entity is ever resolved, in WARC records or anywhere else). Java 17
 * has no security manager to forbid it, so this is shown twice: the compiled classes of core, extractors and batch
 * refer to no network or XML-parser class (a byte-code audit), and a run over pages full of remote references with
 * a {@link java.net.URLStreamHandlerFactory} that records every connection opens none.
 */
class NoNetworkTest {

    /** Class names (as in class files) and method names that would mean network access or XML parsing. */
    private static final List<String> FORBIDDEN = List.of("java/net/Socket", "java/net/ServerSocket",
            "java/net/DatagramSocket", "java/net/URLConnection", "java/net/HttpURLConnection", "java/net/http/",
            "java/nio/channels/SocketChannel", "java/net/InetAddress", "openConnection", "openStream",
            "org/jsoup/Connection", "org/jsoup/helper/HttpConnection", "javax/xml/parsers", "org/xml/sax",
            "javax/xml/stream", "javax/xml/transform", "org/w3c/dom/Document");

    private static final String REMOTE_PAGE = """
            <html><head><base href="https://base.invalid/dir/"><link rel="stylesheet" href="https://css.invalid/a.css">
            <link rel="canonical" href="https://canonical.invalid/post.html"><link rel="import" href="x.html">
            <meta http-equiv="refresh" content="0;url=https://refresh.invalid/"><script src="https://js.invalid/a.js"></script>
            <title>Remote references</title></head><body><article><h1>Remote references</h1>
            <p>A paragraph long enough to be the content, with an <a href="relative.html">a relative link</a> and
            an image <img src="img.png" srcset="https://srcset.invalid/a.png 2x"> and a frame.</p>
            <iframe src="https://frame.invalid/"></iframe><object data="https://object.invalid/x.swf"></object>
            <svg><image href="https://svg.invalid/x.png"/></svg><p style="background:url(https://css.invalid/b.png)">
            Second paragraph.</p></article></body></html>
            """;

    private static final List<String> OPENED = Collections.synchronizedList(new ArrayList<>());

    @TempDir
    Path dir;

    @Test
    void noGleanerClassRefersToNetworkOrXmlParsing() throws Exception {
        List<String> found = new ArrayList<>();
        int classes = 0;
        for (Class<?> anchor : List.of(Gleaner.class, GleanerDefaults.class, BatchConverter.class)) {
            Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                classes += scan(location, found);
            } else {
                try (FileSystem jar = FileSystems.newFileSystem(location, Map.of())) {
                    classes += scan(jar.getPath("/"), found);
                }
            }
        }
        assertThat(classes).as("classes audited").isGreaterThan(100);
        assertThat(found).as("references to network or XML classes").isEmpty();
    }

    @Test
    void aRunOverRemoteReferencesOpensNoConnection() throws IOException {
        boolean installed = installRecordingHandlers();
        Path page = Files.writeString(dir.resolve("remote.html"), REMOTE_PAGE);
        Path warc = dir.resolve("remote.warc");
        byte[] body = REMOTE_PAGE.getBytes(StandardCharsets.UTF_8);
        byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        String header = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://warc.invalid/page.html\r\n"
                + "WARC-Date: 2024-03-03T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:12345678-1234-1234-1234-123456789012>\r\n"
                + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + (http.length + body.length)
                + "\r\n\r\n";
        try (var out = Files.newOutputStream(warc)) {
            out.write(header.getBytes(StandardCharsets.US_ASCII));
            out.write(http);
            out.write(body);
            out.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        }

        Gleaner gleaner = Gleaner.create();
        assertThat(gleaner.ingest(REMOTE_PAGE, "https://page.invalid/post.html").posts()).isNotEmpty();
        assertThat(gleaner.ingest(page).posts()).isNotEmpty();
        BatchSummary summary;
        try (PageSource pages = PageSource.of(List.of(page, warc), InputOptions.defaults(), w -> { })) {
            summary = BatchConverter.builder(gleaner).threads(2).build().run(pages,
                    BatchOutput.to(dir.resolve("out/posts.jsonl")), "remote", ProgressListener.NONE);
        }

        assertThat(summary.pagesWithPosts()).isEqualTo(2);
        if (installed) {
            assertThat(new URL("https://probe.invalid/").openConnection()).isNotNull();
            assertThat(OPENED).as("connections opened").containsExactly("https://probe.invalid/");
        }
    }

    private static int scan(Path root, List<String> found) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".class")).toList();
        }
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            for (String name : FORBIDDEN) {
                if (text.contains(name)) {
                    found.add(root.relativize(file) + " refers to " + name);
                }
            }
        }
        return files.size();
    }

    /**
     * Routes http, https and ftp URLs of this JVM to handlers that record every connection and open none. False when
     * a factory was already set (once per JVM): the byte-code audit still holds.
     */
    private static synchronized boolean installRecordingHandlers() {
        Set<String> remote = Set.of("http", "https", "ftp");
        try {
            URL.setURLStreamHandlerFactory(protocol -> !remote.contains(protocol) ? null : new URLStreamHandler() {
                @Override
                protected URLConnection openConnection(URL url) {
                    OPENED.add(url.toString());
                    return new URLConnection(url) {
                        @Override
                        public void connect() throws IOException {
                            throw new IOException("no network in this test: " + url);
                        }

                        @Override
                        public InputStream getInputStream() throws IOException {
                            throw new IOException("no network in this test: " + url);
                        }
                    };
                }
            });
            return true;
        } catch (Error alreadySet) {
            return false;
        }
    }
}
