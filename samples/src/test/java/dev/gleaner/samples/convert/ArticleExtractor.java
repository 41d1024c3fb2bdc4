package dev.gleaner.samples.convert;

import dev.gleaner.Gleaner;
import dev.gleaner.model.PageKind;
import dev.gleaner.model.Post;
import dev.gleaner.model.Site;
import dev.gleaner.spi.Page;
import dev.gleaner.spi.PageExtraction;
import dev.gleaner.spi.PageExtractor;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * A predictable stand-in extractor for tests: one post per {@code <article>}, titled by its {@code <h1>}. An
 * {@code <explode>} element makes it throw an exception, an {@code <exhaust>} element an {@link OutOfMemoryError}.
 */
public final class ArticleExtractor implements PageExtractor {

    /** A pipeline with only this extractor and no enrichers. */
    public static Gleaner pipeline(int maxPageChars) {
        return Gleaner.builder().extractors(List.of(new ArticleExtractor())).enrichers(List.of())
                .maxPageChars(maxPageChars).build();
    }

    @Override
    public String name() {
        return "article";
    }

    @Override
    public boolean recognises(Page page) {
        return true;
    }

    @Override
    public PageExtraction extract(Page page) {
        if (page.document().selectFirst("explode") != null) {
            throw new IllegalStateException("exploded on purpose");
        }
        if (page.document().selectFirst("exhaust") != null) {
            throw new OutOfMemoryError("simulated: Java heap space");
        }
        List<Post> posts = new ArrayList<>();
        for (Element article : page.document().select("article")) {
            Element h1 = article.selectFirst("h1");
            posts.add(Post.builder()
                    .url(page.url())
                    .title(h1 == null ? "" : h1.text())
                    .text(article.select("p").eachText().stream().reduce((a, b) -> a + "\n\n" + b).orElse(""))
                    .extractor(name())
                    .build());
        }
        PageKind kind = posts.size() == 1 ? PageKind.ITEM : PageKind.INDEX;
        return new PageExtraction(kind, posts, Site.unknown(), List.of());
    }
}
