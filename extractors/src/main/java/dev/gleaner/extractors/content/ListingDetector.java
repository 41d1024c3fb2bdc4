package dev.gleaner.extractors.content;

import dev.gleaner.model.PageKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Tells listing pages (home, category, tag, archive, search results) from article pages. A page is a listing when
 * it does not declare itself an article and at least {@code min-teasers} teasers (a heading that is one link, with
 * its card around it) hold at least {@code min-teaser-share} of the cleaned page's text. The kind then follows the
 * URL: a search query, a category or tag path, a date-only path, else an index. Thread-safe.
 */
final class ListingDetector {

    private static final Pattern SEARCH = Pattern.compile("[?&](?:s|q|query|search)=|/search(?:/|$|\\?)");
    private static final Pattern LABEL = Pattern.compile(
            "/(?:category|categories|tag|tags|topic|topics|label|labels|section|sections|author|kategorie|categoria)/");
    private static final Pattern ARCHIVE = Pattern.compile("/(?:19|20)\\d{2}(?:/\\d{1,2}){0,2}/?(?:page/\\d+/?)?$");
    /** Share of a heading's text that its link must cover for the heading to be a teaser title. */
    private static final double MIN_TITLE_LINK_SHARE = 0.8;

    /**
     * One teaser of a listing.
     *
     * @param title its heading text
     * @param url   the linked URL, absolute
     * @param card  the block around the heading (heading included)
     */
    record Teaser(String title, String url, Element card) {
    }

    /**
     * A listing page.
     *
     * @param kind    the listing kind
     * @param teasers its teasers in page order
     */
    record Listing(PageKind kind, List<Teaser> teasers) {
    }

    private final ContentRules rules;

    ListingDetector(ContentRules rules) {
        this.rules = rules;
    }

    /** The listing the cleaned page is, when it is one. */
    Optional<Listing> detect(Element root, PageMetadata metadata, String url) {
        if (metadata.declaresArticle()) {
            return Optional.empty();
        }
        TextStats stats = TextStats.of(root);
        List<Teaser> teasers = new ArrayList<>();
        long teaserChars = 0;
        for (Element heading : root.select("h2, h3, h4")) {
            Element link = heading.selectFirst("a[href]");
            int headingChars = stats.chars(heading);
            if (link == null || headingChars == 0 || stats.linkChars(heading) < MIN_TITLE_LINK_SHARE * headingChars) {
                continue;
            }
            Element card = card(heading);
            teasers.add(new Teaser(heading.text().strip(), link.absUrl("href"), card));
            teaserChars += stats.chars(card);
        }
        int total = Math.max(1, stats.chars(root));
        if (teasers.size() < rules.minTeasers || teaserChars < rules.minTeaserShare * total) {
            return Optional.empty();
        }
        return Optional.of(new Listing(kind(url), teasers));
    }

    /** The largest ancestor of the heading that holds no other heading. */
    private static Element card(Element heading) {
        Element card = heading;
        for (Element up = heading.parent(); up != null && !"body".equals(up.normalName()); up = up.parent()) {
            if (up.select("h2, h3, h4").size() > 1) {
                break;
            }
            card = up;
        }
        return card;
    }

    static PageKind kind(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (SEARCH.matcher(lower).find()) {
            return PageKind.SEARCH;
        }
        if (LABEL.matcher(lower).find()) {
            return PageKind.LABEL;
        }
        String path = lower.replaceFirst("^[a-z]+://[^/]*", "").replaceFirst("[?#].*$", "");
        if (ARCHIVE.matcher(path).find()) {
            return PageKind.ARCHIVE;
        }
        return PageKind.INDEX;
    }
}
