package dev.gleaner.benchmarks.perf;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;

/**
 * The JVM peers as each one's documentation says to call it, from the decoded page text to the article text: the
 * same calls serve the JMH benchmarks and the whole-process runners. A peer that throws on a page yields
 * {@code ""} (the failure is what a user of that peer would get; it is counted by {@link PeerRunner}).
 */
public final class Peers {

    private Peers() {
    }

    /** jsoup's parse of the page, the floor every extractor starts from (the document's text length). */
    public static int jsoupParse(String html, String url) {
        return Jsoup.parse(html, url).childNodeSize();
    }

    /** Boilerpipe 1.2.2's {@code ArticleExtractor} (its shared instance, as its documentation shows). */
    public static String boilerpipe(String html) {
        try {
            String text = ArticleExtractor.INSTANCE.getText(html);
            return text == null ? "" : text;
        } catch (BoilerpipeProcessingException | RuntimeException e) {
            return "";
        }
    }

    /** Readability4J 1.0.8 (a port of Mozilla Readability): parse, then the article's text content. */
    public static String readability4j(String html, String url) {
        try {
            String text = new Readability4J(url, html).parse().getTextContent();
            return text == null ? "" : text;
        } catch (RuntimeException e) {
            return "";
        }
    }
}
