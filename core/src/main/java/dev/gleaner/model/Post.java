package dev.gleaner.model;

import dev.gleaner.internal.Validate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One blog post (or article) extracted from a page: immutable, null-free, lists copied on construction.
 * Build one with {@link #builder()}; derive a changed copy with {@link #toBuilder()}.
 *
 * @param source          where the page came from: the input path, or the URL given to ingest
 * @param url             the post's own URL (its permalink where the page shows one, else the page URL)
 * @param canonicalUrl    the page's declared canonical URL, when it declares one
 * @param crawled         when the page was fetched (a WARC record's date, a crawler's timestamp), when known
 * @param pageKind        the kind of page the post was found on
 * @param title           the post title without the blog name ({@code ""} when the post has none)
 * @param authors         the byline authors, in page order
 * @param published       when the post was published, as precise as the page says
 * @param updated         when it was last updated, when the page says
 * @param labels          the post's own labels (tags, categories) in page order; never a sidebar label cloud
 * @param text            the body as clean text: blocks separated by blank lines, list items by line breaks
 * @param html            the body as sanitised HTML with absolute URLs, safe to display
 * @param summary         the post's description or summary, when the page gives one
 * @param images          the images of the body, in order
 * @param links           the links of the body, in order
 * @param language        the language of the post (BCP-47 tag such as {@code en} or {@code pt-BR}), when known
 * @param wordCount       the number of words in {@code text}
 * @param bloggerPostId   Blogger's numeric post id, when the page shows it
 * @param site            the site (blog) the post belongs to
 * @param comments        reader comments shown on the page, in page order
 * @param commentCount    the comment count the page shows, when it shows one
 * @param entities        named entities of the body (empty when entity extraction is off)
 * @param suggestedLabels suggested labels, best first (empty when suggestions are off)
 * @param extractor       name of the extractor that produced this post
 */
public record Post(
        String source,
        String url,
        Optional<String> canonicalUrl,
        Optional<PostTime> crawled,
        PageKind pageKind,
        String title,
        List<Author> authors,
        Optional<PostTime> published,
        Optional<PostTime> updated,
        List<String> labels,
        String text,
        String html,
        Optional<String> summary,
        List<Image> images,
        List<Link> links,
        Optional<String> language,
        int wordCount,
        Optional<String> bloggerPostId,
        Site site,
        List<Comment> comments,
        Optional<Integer> commentCount,
        List<Entity> entities,
        List<LabelSuggestion> suggestedLabels,
        String extractor) {

    public Post {
        Validate.notNull(source, "source");
        Validate.notNull(url, "url");
        Validate.notNull(canonicalUrl, "canonicalUrl");
        Validate.notNull(crawled, "crawled");
        Validate.notNull(pageKind, "pageKind");
        Validate.notNull(title, "title");
        authors = Validate.copyOf(authors, "authors");
        Validate.notNull(published, "published");
        Validate.notNull(updated, "updated");
        labels = Validate.copyOf(labels, "labels");
        Validate.notNull(text, "text");
        Validate.notNull(html, "html");
        Validate.notNull(summary, "summary");
        images = Validate.copyOf(images, "images");
        links = Validate.copyOf(links, "links");
        Validate.notNull(language, "language");
        Validate.isTrue(wordCount >= 0, "wordCount must not be negative");
        Validate.notNull(bloggerPostId, "bloggerPostId");
        Validate.notNull(site, "site");
        comments = Validate.copyOf(comments, "comments");
        Validate.notNull(commentCount, "commentCount");
        entities = Validate.copyOf(entities, "entities");
        suggestedLabels = Validate.copyOf(suggestedLabels, "suggestedLabels");
        Validate.notNull(extractor, "extractor");
    }

    /** A builder with every field empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this post's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.source = source;
        b.url = url;
        b.canonicalUrl = canonicalUrl;
        b.crawled = crawled;
        b.pageKind = pageKind;
        b.title = title;
        b.authors = new ArrayList<>(authors);
        b.published = published;
        b.updated = updated;
        b.labels = new ArrayList<>(labels);
        b.text = text;
        b.html = html;
        b.summary = summary;
        b.images = new ArrayList<>(images);
        b.links = new ArrayList<>(links);
        b.language = language;
        b.wordCount = wordCount;
        b.bloggerPostId = bloggerPostId;
        b.site = site;
        b.comments = new ArrayList<>(comments);
        b.commentCount = commentCount;
        b.entities = new ArrayList<>(entities);
        b.suggestedLabels = new ArrayList<>(suggestedLabels);
        b.extractor = extractor;
        return b;
    }

    /** Mutable, single-use builder for {@link Post}; not thread-safe. Unset fields are empty. */
    public static final class Builder {
        private String source = "";
        private String url = "";
        private Optional<String> canonicalUrl = Optional.empty();
        private Optional<PostTime> crawled = Optional.empty();
        private PageKind pageKind = PageKind.UNKNOWN;
        private String title = "";
        private List<Author> authors = new ArrayList<>();
        private Optional<PostTime> published = Optional.empty();
        private Optional<PostTime> updated = Optional.empty();
        private List<String> labels = new ArrayList<>();
        private String text = "";
        private String html = "";
        private Optional<String> summary = Optional.empty();
        private List<Image> images = new ArrayList<>();
        private List<Link> links = new ArrayList<>();
        private Optional<String> language = Optional.empty();
        private int wordCount;
        private Optional<String> bloggerPostId = Optional.empty();
        private Site site = Site.unknown();
        private List<Comment> comments = new ArrayList<>();
        private Optional<Integer> commentCount = Optional.empty();
        private List<Entity> entities = new ArrayList<>();
        private List<LabelSuggestion> suggestedLabels = new ArrayList<>();
        private String extractor = "";

        private Builder() {
        }

        public Builder source(String value) {
            source = Validate.notNull(value, "source");
            return this;
        }

        public Builder url(String value) {
            url = Validate.notNull(value, "url");
            return this;
        }

        public Builder canonicalUrl(Optional<String> value) {
            canonicalUrl = Validate.notNull(value, "canonicalUrl");
            return this;
        }

        public Builder crawled(Optional<PostTime> value) {
            crawled = Validate.notNull(value, "crawled");
            return this;
        }

        public Builder pageKind(PageKind value) {
            pageKind = Validate.notNull(value, "pageKind");
            return this;
        }

        public Builder title(String value) {
            title = Validate.notNull(value, "title");
            return this;
        }

        public Builder authors(List<Author> value) {
            authors = new ArrayList<>(Validate.notNull(value, "authors"));
            return this;
        }

        public Builder published(Optional<PostTime> value) {
            published = Validate.notNull(value, "published");
            return this;
        }

        public Builder updated(Optional<PostTime> value) {
            updated = Validate.notNull(value, "updated");
            return this;
        }

        public Builder labels(List<String> value) {
            labels = new ArrayList<>(Validate.notNull(value, "labels"));
            return this;
        }

        public Builder text(String value) {
            text = Validate.notNull(value, "text");
            return this;
        }

        public Builder html(String value) {
            html = Validate.notNull(value, "html");
            return this;
        }

        public Builder summary(Optional<String> value) {
            summary = Validate.notNull(value, "summary");
            return this;
        }

        public Builder images(List<Image> value) {
            images = new ArrayList<>(Validate.notNull(value, "images"));
            return this;
        }

        public Builder links(List<Link> value) {
            links = new ArrayList<>(Validate.notNull(value, "links"));
            return this;
        }

        public Builder language(Optional<String> value) {
            language = Validate.notNull(value, "language");
            return this;
        }

        public Builder wordCount(int value) {
            wordCount = value;
            return this;
        }

        public Builder bloggerPostId(Optional<String> value) {
            bloggerPostId = Validate.notNull(value, "bloggerPostId");
            return this;
        }

        public Builder site(Site value) {
            site = Validate.notNull(value, "site");
            return this;
        }

        public Builder comments(List<Comment> value) {
            comments = new ArrayList<>(Validate.notNull(value, "comments"));
            return this;
        }

        public Builder commentCount(Optional<Integer> value) {
            commentCount = Validate.notNull(value, "commentCount");
            return this;
        }

        public Builder entities(List<Entity> value) {
            entities = new ArrayList<>(Validate.notNull(value, "entities"));
            return this;
        }

        public Builder suggestedLabels(List<LabelSuggestion> value) {
            suggestedLabels = new ArrayList<>(Validate.notNull(value, "suggestedLabels"));
            return this;
        }

        public Builder extractor(String value) {
            extractor = Validate.notNull(value, "extractor");
            return this;
        }

        /**
         * The post.
         *
         * @throws IllegalArgumentException when a value breaks an invariant of {@link Post}
         */
        public Post build() {
            return new Post(source, url, canonicalUrl, crawled, pageKind, title, authors, published, updated, labels, text,
                    html, summary, images, links, language, wordCount, bloggerPostId, site, comments, commentCount,
                    entities, suggestedLabels, extractor);
        }
    }
}
