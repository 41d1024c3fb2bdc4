package dev.gleaner.extractors.content;

import dev.gleaner.extractors.meta.DateParser;
import dev.gleaner.extractors.meta.JsonLd;
import dev.gleaner.extractors.rules.RuleFile;
import dev.gleaner.extractors.rules.SelectorList;
import dev.gleaner.model.Author;
import dev.gleaner.model.Diagnostic;
import dev.gleaner.model.Platform;
import dev.gleaner.model.PostTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Reads the metadata of any page: JSON-LD first (the most deliberate statement), then the markup sources of
 * {@code metadata.rules} in their order (Open Graph, schema.org microdata, CMS meta names, {@code time} elements),
 * then the URL (a date in its path). Reads the shared document and never modifies it. Immutable and thread-safe.
 */
final class MetadataReader {

    private static final String RESOURCE = "metadata.rules";
    /** Elements inside these are page chrome, so their tags and bylines are not the article's. */
    private static final Set<String> CHROME_TAGS = Set.of("aside", "nav", "footer");
    /** A label longer than this (characters) is a sentence, not a tag. */
    private static final int MAX_LABEL_CHARS = 60;
    /** A title longer than this (characters) is body text. */
    private static final int MAX_TITLE_CHARS = 300;

    private final SelectorList titles;
    private final SelectorList siteNames;
    private final SelectorList published;
    private final SelectorList modified;
    private final SelectorList authors;
    private final SelectorList descriptions;
    private final SelectorList images;
    private final SelectorList canonicals;
    private final SelectorList tags;
    private final SelectorList languages;
    private final SelectorList publishedText;
    private final SelectorList publishedTimeText;
    private final CrawlHints crawlHints;
    private final SelectorList generators;
    private final List<String> wordpressWords;
    private final List<String> bloggerWords;
    private final Bylines bylines;
    private final ClassHints hints;
    private final DateParser dates;

    MetadataReader(ClassHints hints) {
        RuleFile rules = RuleFile.load(MetadataReader.class, RESOURCE);
        titles = rules.selectors("title");
        siteNames = rules.selectors("site-name");
        published = rules.selectors("published");
        modified = rules.selectors("modified");
        authors = rules.selectors("author");
        descriptions = rules.selectors("description");
        images = rules.selectors("image");
        canonicals = rules.selectors("canonical");
        tags = rules.selectors("tags");
        languages = rules.selectors("language");
        generators = rules.selectors("generator");
        wordpressWords = rules.lowerWords("platform-wordpress");
        bloggerWords = rules.lowerWords("platform-blogger");
        bylines = new Bylines(rules.lowerWords("author-noise"));
        this.hints = hints;
        this.dates = new DateParser();
        publishedText = rules.selectors("published-text");
        publishedTimeText = rules.selectors("published-time-text");
        crawlHints = new CrawlHints(rules.selectors("crawl-hint-meta"), rules.lowerWords("crawl-hint-comments"),
                dates);
    }

    /** The metadata of {@code document}, fetched from {@code url}; sources used go to {@code diagnostics}. */
    PageMetadata read(Document document, String url, Optional<Instant> crawled, List<Diagnostic> diagnostics) {
        JsonLd ld = JsonLd.of(document);
        Optional<String> siteName = ld.siteName().or(() -> value(siteNames, document, "site", diagnostics));

        String rawTitle = ld.string("headline")
                .or(() -> value(titles, document, "title", diagnostics)).orElse("");
        String title = rawTitle.length() > MAX_TITLE_CHARS ? ""
                : TitleCleaner.clean(Parser.unescapeEntities(rawTitle, false), siteName, isHeading(document, rawTitle));

        Optional<String> language = ld.string("inLanguage").flatMap(MetadataReader::languageTag)
                .or(() -> value(languages, document, "language", diagnostics)
                        .flatMap(MetadataReader::languageTag));

        DateGuard guard = DateGuard.crawledBy(crawlHints.earliest(document, crawled));
        Optional<PostTime> urlDate = dates.parseUrl(url).filter(guard::accepts);
        Optional<PostTime> publishedTime = ld.string("datePublished").flatMap(dates::parseMachine)
                .filter(guard::accepts)
                .or(() -> time(published, document, guard, "published", diagnostics))
                .or(() -> displayedTime(document, guard, monthFirst(language), urlDate, diagnostics))
                .or(() -> urlDate);
        Optional<PostTime> modifiedTime = ld.string("dateModified").flatMap(dates::parseMachine)
                .filter(guard::accepts)
                .or(() -> time(modified, document, guard, "modified", diagnostics));

        List<Author> byline = authors(ld, document, diagnostics);
        List<String> labels = labels(ld, document);

        Optional<String> description = ld.string("description")
                .or(() -> value(descriptions, document, "description", diagnostics));
        Optional<String> image = ld.image().map(src -> absolute(document, src))
                .or(() -> value(images, document, "image", diagnostics).map(src -> absolute(document, src)));
        Optional<String> canonical = value(canonicals, document, "canonical", diagnostics)
                .map(href -> absolute(document, href));
        boolean declaresArticle = ld.hasArticle()
                || MetaValue.of(document, "og:type").map(t -> t.toLowerCase(Locale.ROOT).contains("article"))
                .orElse(false)
                || document.selectFirst("[itemprop=articleBody]") != null;
        return new PageMetadata(title, byline, publishedTime, modifiedTime, labels, description, siteName,
                canonical, image, language, declaresArticle, ld.string("articleBody"), platform(document));
    }

    /** True when a heading of the page shows exactly {@code title}: then it is whole, with no site suffix to cut. */
    private static boolean isHeading(Document document, String title) {
        String wanted = title.replaceAll("\\s+", " ").strip();
        for (Element heading : document.select("h1, h2, h3")) {
            if (heading.text().strip().equalsIgnoreCase(wanted)) {
                return true;
            }
        }
        return false;
    }

    private Platform platform(Document document) {
        String generator = generators.firstValue(document, e -> true, nonBlank()).map(SelectorList.Found::value)
                .orElse("").toLowerCase(Locale.ROOT);
        if (wordpressWords.stream().anyMatch(generator::contains)) {
            return Platform.WORDPRESS;
        }
        if (bloggerWords.stream().anyMatch(generator::contains)) {
            return Platform.BLOGGER;
        }
        return Platform.OTHER;
    }

    private List<Author> authors(JsonLd ld, Document document, List<Diagnostic> diagnostics) {
        List<Author> found = new ArrayList<>();
        for (String name : ld.authorNames()) {
            found.addAll(bylines.authors(name));
        }
        if (!found.isEmpty()) {
            diagnostics.add(Diagnostic.used("authors", "json-ld"));
            return dedupe(found);
        }
        Optional<SelectorList.Found> hit = authors.firstValue(document, this::outsideChrome,
                raw -> bylines.authors(raw).isEmpty() ? Optional.empty() : Optional.of(raw));
        if (hit.isPresent()) {
            diagnostics.add(Diagnostic.used("authors", hit.get().rule().css()));
            return dedupe(bylines.authors(hit.get().value()));
        }
        diagnostics.add(Diagnostic.missing("authors", "no byline found"));
        return List.of();
    }

    private List<String> labels(JsonLd ld, Document document) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String label : ld.labels()) {
            addLabel(labels, label);
        }
        for (SelectorList.Hit hit : tags.hits(document)) {
            if (!outsideChrome(hit.element())) {
                continue;
            }
            String raw = hit.rule().readsAttribute() ? hit.element().attr(hit.rule().attribute())
                    : hit.element().text();
            addLabel(labels, raw);
        }
        return List.copyOf(labels.values());
    }

    private static void addLabel(Map<String, String> labels, String raw) {
        String label = raw.replaceAll("\\s+", " ").strip();
        if (!label.isEmpty() && label.length() <= MAX_LABEL_CHARS && !label.startsWith("http")) {
            labels.putIfAbsent(label.toLowerCase(Locale.ROOT), label);
        }
    }

    private boolean outsideChrome(@Nullable Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (CHROME_TAGS.contains(e.normalName()) || hints.isChrome(e)) {
                return false;
            }
        }
        return true;
    }

    private static List<Author> dedupe(List<Author> authors) {
        Map<String, Author> unique = new LinkedHashMap<>();
        for (Author author : authors) {
            unique.putIfAbsent(author.name().toLowerCase(Locale.ROOT), author);
        }
        return List.copyOf(unique.values());
    }

    private static Optional<String> value(SelectorList list, Document document, String field,
                                          List<Diagnostic> diagnostics) {
        Optional<SelectorList.Found> found = list.firstValue(document, e -> true, nonBlank());
        found.ifPresent(f -> diagnostics.add(Diagnostic.used(field, f.rule().css())));
        return found.map(f -> f.value().replaceAll("\\s+", " ").strip());
    }

    private Optional<PostTime> time(SelectorList list, Document document, DateGuard guard, String field,
                                    List<Diagnostic> diagnostics) {
        for (SelectorList.Hit hit : list.hits(document)) {
            String raw = hit.rule().readsAttribute() ? hit.element().attr(hit.rule().attribute())
                    : hit.element().text();
            Optional<PostTime> time = dates.parseMachine(raw).filter(guard::accepts);
            if (time.isPresent()) {
                diagnostics.add(Diagnostic.used(field, hit.rule().css()));
                return time;
            }
        }
        return Optional.empty();
    }

    /**
     * A displayed publication date ({@code [published-text]}, outside chrome), with the time of day shown beside it
     * ({@code [published-time-text]}) when its own element shows none. A date that disagrees with the URL's date
     * belongs to something else on the page and is not taken.
     */
    private Optional<PostTime> displayedTime(Document document, DateGuard guard, boolean monthFirst,
                                             Optional<PostTime> urlDate, List<Diagnostic> diagnostics) {
        for (SelectorList.Hit hit : publishedText.hits(document)) {
            if (!outsideChrome(hit.element().parent())) {
                continue; // the element's own class may say "date-header"; its ancestors must not be chrome
            }
            Optional<DateParser.Displayed> shown = dates.parseDisplayed(hit.element().text(), monthFirst);
            if (shown.isEmpty()) {
                continue;
            }
            PostTime time = shown.get().toPostTime();
            if (!guard.accepts(time) || urlDate.isPresent() && !urlDate.get().date().equals(time.date())) {
                continue;
            }
            if (time.time().isEmpty()) {
                Optional<LocalTime> clock = publishedTimeText.hits(document).stream()
                        .filter(h -> outsideChrome(h.element().parent()))
                        .map(h -> dates.parseTime(h.element().text()))
                        .flatMap(Optional::stream).findFirst();
                if (clock.isPresent()) {
                    time = new PostTime(time.date(), clock, Optional.empty());
                }
            }
            diagnostics.add(Diagnostic.used("published", "displayed " + hit.rule().css()));
            return Optional.of(time);
        }
        return Optional.empty();
    }

    /** Whether an ambiguous numeric date (7/6/2004) is month first: US English, or no language declared. */
    private static boolean monthFirst(Optional<String> language) {
        return language.map(l -> l.toLowerCase(Locale.ROOT))
                .map(l -> l.equals("en") || l.startsWith("en-us"))
                .orElse(true);
    }

    private static Function<String, Optional<String>> nonBlank() {
        return raw -> raw == null || raw.isBlank() ? Optional.empty() : Optional.of(raw.strip());
    }

    private static String absolute(Document document, String href) {
        if (href.startsWith("http://") || href.startsWith("https://")) {
            return href;
        }
        Element a = document.createElement("a").attr("href", href);
        a.setBaseUri(document.location());
        String abs = a.absUrl("href");
        return abs.isEmpty() ? href : abs;
    }

    /** A BCP-47 tag from {@code en}, {@code en_US}, {@code pt-br} (empty when it is not a language code). */
    static Optional<String> languageTag(String raw) {
        String value = raw.strip().replace('_', '-');
        int comma = value.indexOf(',');
        if (comma > 0) {
            value = value.substring(0, comma).strip();
        }
        if (!value.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            return Optional.empty();
        }
        String tag = Locale.forLanguageTag(value).toLanguageTag();
        return "und".equals(tag) ? Optional.empty() : Optional.of(tag);
    }

    /** Reads one meta tag by property or name. */
    private static final class MetaValue {
        private MetaValue() {
        }

        static Optional<String> of(Document document, String key) {
            for (Element meta : document.select("meta[content]")) {
                if (key.equalsIgnoreCase(meta.attr("property")) || key.equalsIgnoreCase(meta.attr("name"))) {
                    String value = meta.attr("content").strip();
                    if (!value.isEmpty()) {
                        return Optional.of(value);
                    }
                }
            }
            return Optional.empty();
        }
    }
}
