package dev.gleaner.extractors.blogger;

import dev.gleaner.extractors.rules.RuleFile;
import dev.gleaner.extractors.rules.SelectorList;
import java.util.List;

/**
 * Every Blogger rule, loaded once from the {@code blogger/*.rules} resources and validated at construction: a bad
 * selector or number fails here, naming the file and line. Immutable and thread-safe; shared by the stages of one
 * {@link BloggerExtractor}.
 */
final class BloggerRules {

    private static final String SELECTORS = "/dev/gleaner/extractors/blogger/selectors.rules";
    private static final String BYLINES = "/dev/gleaner/extractors/blogger/bylines.rules";
    private static final String THRESHOLDS = "/dev/gleaner/extractors/blogger/thresholds.rules";
    private static final String LIMITS = "limits";

    final SelectorList detect;
    final SelectorList detectWeak;
    final SelectorList notBlogger;
    final SelectorList blogScope;
    final SelectorList postContainer;
    final SelectorList notPostScope;
    final SelectorList body;
    final SelectorList bodyChrome;
    final SelectorList title;
    final SelectorList author;
    final SelectorList published;
    final SelectorList publishedGeneric;
    final SelectorList dateHeader;
    final SelectorList displayedDate;
    final SelectorList labels;
    final SelectorList breadcrumb;
    final SelectorList postId;
    final SelectorList siteName;
    final SelectorList commentCount;
    final SelectorList comment;
    final SelectorList commentAuthor;
    final SelectorList commentTime;
    final SelectorList commentText;
    final SelectorList itemPage;
    final SelectorList listingPage;

    final List<String> authorPrefixes;
    final List<String> authorCuts;
    final List<String> notANames;
    final List<String> zeroComments;
    final List<String> commentSaid;

    final int minWeakMarkers;
    final int minPostIdDigits;
    final int maxAuthorChars;
    final int maxAuthorWords;
    final int maxTitleChars;
    final int maxDateHeaderChars;
    final int maxCommentCountChars;
    final int maxBylineChars;

    BloggerRules() {
        RuleFile s = RuleFile.load(BloggerRules.class, SELECTORS);
        detect = s.selectors("detect");
        detectWeak = s.selectors("detect-weak");
        notBlogger = s.selectors("not-blogger");
        blogScope = s.selectors("blog-scope");
        postContainer = s.selectors("post-container");
        notPostScope = s.selectors("not-post-scope");
        body = s.selectors("body");
        bodyChrome = s.selectors("body-chrome");
        title = s.selectors("title");
        author = s.selectors("author");
        published = s.selectors("published");
        publishedGeneric = s.selectors("published-generic");
        dateHeader = s.selectors("date-header");
        displayedDate = s.selectors("displayed-date");
        labels = s.selectors("labels");
        breadcrumb = s.selectors("breadcrumb");
        postId = s.selectors("post-id");
        siteName = s.selectors("site-name");
        commentCount = s.selectors("comment-count");
        comment = s.selectors("comment");
        commentAuthor = s.selectors("comment-author");
        commentTime = s.selectors("comment-time");
        commentText = s.selectors("comment-text");
        itemPage = s.selectors("item-page");
        listingPage = s.selectors("listing-page");

        RuleFile b = RuleFile.load(BloggerRules.class, BYLINES);
        authorPrefixes = longestFirst(b.lowerWords("author-prefix"));
        authorCuts = b.lowerWords("author-cut");
        notANames = b.lowerWords("not-a-name");
        zeroComments = b.lowerWords("zero-comments");
        commentSaid = longestFirst(b.lowerWords("comment-said"));

        RuleFile t = RuleFile.load(BloggerRules.class, THRESHOLDS);
        minWeakMarkers = (int) t.number(LIMITS, "min-weak-markers");
        minPostIdDigits = (int) t.number(LIMITS, "min-post-id-digits");
        maxAuthorChars = (int) t.number(LIMITS, "max-author-chars");
        maxAuthorWords = (int) t.number(LIMITS, "max-author-words");
        maxTitleChars = (int) t.number(LIMITS, "max-title-chars");
        maxDateHeaderChars = (int) t.number(LIMITS, "max-date-header-chars");
        maxCommentCountChars = (int) t.number(LIMITS, "max-comment-count-chars");
        maxBylineChars = (int) t.number(LIMITS, "max-byline-chars");
    }

    private static List<String> longestFirst(List<String> words) {
        return words.stream().sorted((a, c) -> Integer.compare(c.length(), a.length())).toList();
    }
}
