package dev.gleaner.extractors.html;

import dev.gleaner.extractors.rules.RuleFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Sanitises a post body for display with a policy loaded from {@code html/safelist.rules}: only listed tags,
 * attributes and URL protocols survive, so no script, style, event handler or {@code javascript:}/{@code data:}/
 * {@code vbscript:} URL does; relative URLs become absolute against the page URL; hidden elements are dropped and
 * an {@code iframe} with an http(s) source becomes a link to it. Immutable and thread-safe; the input element is
 * never modified.
 */
public final class HtmlSanitizer {

    private static final String RESOURCE = "/dev/gleaner/extractors/html/safelist.rules";

    private final List<String> tags;
    private final List<List<String>> attributes;
    private final List<List<String>> protocols;

    /** Loads the default policy. */
    public HtmlSanitizer() {
        RuleFile rules = RuleFile.load(HtmlSanitizer.class, RESOURCE);
        this.tags = rules.lowerWords("tags");
        this.attributes = split(rules, "attributes", 2);
        this.protocols = split(rules, "protocols", 3);
        safelist(); // validate once: jsoup rejects malformed names here
    }

    private static List<List<String>> split(RuleFile rules, String section, int minParts) {
        List<List<String>> out = new ArrayList<>();
        for (RuleFile.Entry entry : rules.entries(section)) {
            List<String> parts = List.of(entry.value().toLowerCase(Locale.ROOT).split("\\s+"));
            if (parts.size() < minParts) {
                throw new IllegalStateException(rules.where(entry) + ": expected at least " + minParts + " words");
            }
            out.add(parts);
        }
        return List.copyOf(out);
    }

    /** A fresh jsoup safelist (jsoup's Safelist is mutable, so each call builds its own). */
    private Safelist safelist() {
        Safelist safelist = new Safelist().addTags(tags.toArray(String[]::new));
        for (List<String> a : attributes) {
            safelist.addAttributes(a.get(0), a.subList(1, a.size()).toArray(String[]::new));
        }
        for (List<String> p : protocols) {
            safelist.addProtocols(p.get(0), p.get(1), p.subList(2, p.size()).toArray(String[]::new));
        }
        return safelist.preserveRelativeLinks(false);
    }

    /**
     * The sanitised inner HTML of {@code body}.
     *
     * @param body    the body element (not modified)
     * @param baseUrl the URL relative links are resolved against
     */
    public String sanitize(Element body, String baseUrl) {
        Document dirty = Document.createShell(baseUrl);
        Element copy = body.clone();
        prepare(copy);
        for (org.jsoup.nodes.Node child : new ArrayList<>(copy.childNodes())) {
            dirty.body().appendChild(child);
        }
        Document clean = new Cleaner(safelist()).clean(dirty);
        clean.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base);
        return clean.body().html().strip();
    }

    /** Drops hidden content and reduces iframes to links, on the private copy. */
    private static void prepare(Element root) {
        for (Element iframe : root.select("iframe[src]")) {
            String src = iframe.absUrl("src");
            if (src.startsWith("http://") || src.startsWith("https://")) {
                Element link = new Element("a").attr("href", src).text(src);
                iframe.replaceWith(new Element("p").appendChild(link));
            }
        }
        List<Element> hidden = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (e != root && Visibility.isHidden(e)) {
                hidden.add(e);
            }
        }
        hidden.forEach(Element::remove);
    }

    /** Parses a body fragment (helper for callers holding HTML text). */
    public String sanitize(String html, String baseUrl) {
        return sanitize(Jsoup.parseBodyFragment(html, baseUrl).body(), baseUrl);
    }
}
