package dev.gleaner.extractors.blogger;

import dev.gleaner.extractors.html.TextRenderer;
import dev.gleaner.extractors.html.Texts;
import dev.gleaner.extractors.html.Visibility;
import dev.gleaner.extractors.meta.DateParser;
import dev.gleaner.extractors.rules.SelectorList;
import dev.gleaner.model.Comment;
import dev.gleaner.model.PostTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Reads the reader comments a Blogger page shows (threaded {@code li.comment}, layouts-v2 and classic
 * {@code dl#comments-block} dt/dd lists) and the displayed comment count ("15 Comments:", "No comments:" is 0,
 * {@code data-num-comments}). Immutable and thread-safe.
 */
final class CommentReader {

    /** Blogger's threaded comment list, present (empty) when a post has no comment yet. */
    private static final String EMPTY_THREAD = "#comment-holder .comment-thread";
    private static final Pattern NUMBER = Pattern.compile("(\\d{1,7})");

    private final BloggerRules rules;
    private final DateParser dates;
    private final BylineCleaner bylines;

    CommentReader(BloggerRules rules, DateParser dates, BylineCleaner bylines) {
        this.rules = rules;
        this.dates = dates;
        this.bylines = bylines;
    }

    /** The comments and the shown count under {@code scope}. */
    record Result(List<Comment> comments, Optional<Integer> count, String countSource) {
    }

    Result read(Element scope) {
        Optional<SelectorList.Found> count = rules.commentCount.firstValue(scope,
                e -> !Visibility.isHiddenInContext(e) || e.hasAttr("data-num-comments"), this::count);
        List<Comment> comments = new ArrayList<>();
        for (SelectorList.Rule rule : rules.comment.rules()) {
            List<Element> found = scope.select(rule.evaluator());
            if (found.isEmpty()) {
                continue;
            }
            for (Element element : found) {
                comment(element).ifPresent(comments::add);
            }
            if (!comments.isEmpty()) {
                break;
            }
        }
        if (count.isEmpty() && comments.isEmpty() && scope.selectFirst(EMPTY_THREAD) != null) {
            // Blogger's threaded comment widget is shown, and holds no comment
            return new Result(comments, Optional.of(0), EMPTY_THREAD);
        }
        return new Result(comments, count.map(f -> Integer.parseInt(f.value())),
                count.map(f -> f.rule().css()).orElse(""));
    }

    private Optional<String> count(String raw) {
        String text = Texts.collapse(raw);
        if (text.isEmpty() || text.length() > rules.maxCommentCountChars) {
            return Optional.empty();
        }
        Matcher m = NUMBER.matcher(DateParser.asciiDigits(text));
        if (m.find()) {
            return Optional.of(String.valueOf(Integer.parseInt(m.group(1))));
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String zero : rules.zeroComments) {
            if (lower.startsWith(zero)) {
                return Optional.of("0");
            }
        }
        return Optional.empty();
    }

    private Optional<Comment> comment(Element element) {
        Element textElement = null;
        Element timeElement = null;
        String author;
        if ("dt".equals(element.normalName())) {
            author = bylines.commentAuthor(element.text());
            for (Element next = element.nextElementSibling(); next != null && "dd".equals(next.normalName());
                    next = next.nextElementSibling()) {
                if (textElement == null && !next.hasClass("comment-footer")) {
                    textElement = next;
                } else if (timeElement == null) {
                    timeElement = next;
                }
            }
        } else {
            author = rules.commentAuthor.firstValue(element, e -> true, v -> Optional.of(Texts.collapse(v)))
                    .map(f -> bylines.commentAuthor(f.value())).orElse("");
            textElement = rules.commentText.first(element).map(SelectorList.Hit::element).orElse(null);
            timeElement = rules.commentTime.first(element).map(SelectorList.Hit::element).orElse(null);
        }
        if (textElement == null) {
            return Optional.empty();
        }
        String text = Texts.collapse(TextRenderer.render(textElement));
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<PostTime> time = Optional.empty();
        if (timeElement != null) {
            String value = timeElement.hasAttr("datetime") ? timeElement.attr("datetime") : timeElement.text();
            time = dates.parseIso(value).or(() -> dates.parseDisplayed(Texts.collapse(value), true)
                    .map(DateParser.Displayed::toPostTime));
        }
        return Optional.of(new Comment(author.isEmpty() ? Optional.empty() : Optional.of(author), time, text));
    }
}
