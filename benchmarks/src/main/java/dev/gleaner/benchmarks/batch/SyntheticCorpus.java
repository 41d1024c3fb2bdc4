package dev.gleaner.benchmarks.batch;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a synthetic corpus of Blogger-style item pages as gzip-compressed JSON Lines of {@code {url, html}}, every
 * page with its own URL, title, date, labels and body, for measuring memory and accounting on many pages. The text
 * is generated from a fixed word list with a fixed seed, so the same arguments always give the same file.
 *
 * <p>Usage: {@code SyntheticCorpus OUT.jsonl.gz PAGES [PARAGRAPHS_PER_PAGE]}
 */
public final class SyntheticCorpus {
    private static final long SEED = 2024L;
    private static final int DEFAULT_PARAGRAPHS = 8;
    private static final int WORDS_PER_PARAGRAPH = 60;
    private static final int MONTHS = 12;
    private static final int DAYS = 28;
    private static final int BLOGS = 50;
    private static final String[] WORDS = ("the river tide morning garden walk stone bread coffee winter light "
            + "harbour market book letter village hill road rain season kitchen window friend music evening "
            + "field bridge story paper lamp island station forest summer garden table").split(" ");
    private static final String[] LABELS = {"travel", "food", "books", "garden", "music", "family", "notes"};

    private SyntheticCorpus() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: SyntheticCorpus OUT.jsonl.gz PAGES [PARAGRAPHS_PER_PAGE]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int pages = Integer.parseInt(args[1]);
        int paragraphs = args.length > 2 ? Integer.parseInt(args[2]) : DEFAULT_PARAGRAPHS;
        Random random = new Random(SEED);
        JsonFactory json = new JsonFactory();
        try (OutputStream file = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(out)));
             JsonGenerator lines = json.createGenerator(file, JsonEncoding.UTF8)) {
            lines.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
            for (int i = 0; i < pages; i++) {
                int blog = i % BLOGS;
                String url = String.format(Locale.ROOT, "https://blog%02d.blogspot.com/20%02d/%02d/post-%07d.html",
                        blog, 10 + i % 14, 1 + i % MONTHS, i);
                lines.writeStartObject();
                lines.writeStringField("url", url);
                lines.writeStringField("html", page(i, blog, url, paragraphs, random));
                lines.writeEndObject();
            }
            lines.writeRaw('\n');
        }
        System.err.println("wrote " + pages + " pages to " + out + " (" + Files.size(out) + " bytes)");
    }

    private static String page(int i, int blog, String url, int paragraphs, Random random) {
        StringBuilder html = new StringBuilder(paragraphs * WORDS_PER_PARAGRAPH * 8 + 2048);
        String title = sentence(random, 6);
        html.append("<!DOCTYPE html><html><head><meta content='blogger' name='generator'/><title>")
                .append(title).append(" | Blog ").append(blog).append("</title><link rel='canonical' href='")
                .append(url).append("'/></head><body><div class='blog-posts hfeed'>")
                .append("<div class='date-outer'><h2 class='date-header'><span>")
                .append(String.format(Locale.ROOT, "2023-%02d-%02d", 1 + i % MONTHS, 1 + i % DAYS))
                .append("</span></h2><div class='post hentry'><a name='").append(1_000_000L + i)
                .append("'></a><h3 class='post-title entry-title'><a href='").append(url).append("'>")
                .append(title).append("</a></h3><div class='post-body entry-content' id='post-body-")
                .append(1_000_000L + i).append("'>");
        for (int p = 0; p < paragraphs; p++) {
            html.append("<p>").append(sentence(random, WORDS_PER_PARAGRAPH)).append("</p>");
        }
        html.append("</div><div class='post-footer'><span class='post-author vcard'>Posted by <span class='fn'>")
                .append("Author ").append(blog).append("</span></span> <span class='post-labels'>Labels: ")
                .append("<a href='/search/label/").append(LABELS[i % LABELS.length]).append("' rel='tag'>")
                .append(LABELS[i % LABELS.length]).append("</a></span></div></div></div></div>")
                .append("<div id='sidebar'><h2>Archive</h2><ul><li>2023 (").append(i % 97).append(")</li></ul>")
                .append("</div><div class='footer'>Powered by Blogger.</div></body></html>");
        return html.toString();
    }

    private static String sentence(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                text.append(' ');
            }
            text.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }
}
