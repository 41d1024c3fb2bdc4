package dev.gleaner.batch;

import dev.gleaner.Gleaner;
import dev.gleaner.model.PageKind;
import dev.gleaner.model.Post;
import dev.gleaner.model.Site;
import dev.gleaner.spi.Page;
import dev.gleaner.spi.PageExtraction;
import dev.gleaner.spi.PageExtractor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * A predictable stand-in extractor: one post per {@code <article>} titled by its {@code <h1>}, with the Blogger post
 * id of its {@code data-id} attribute. {@code <explode>} throws, {@code <sleep ms="N">} sleeps N milliseconds
 * (ignoring interrupts, as a runaway regular expression would), for time limits and kill tests.
 */
final class TestPipeline implements PageExtractor {

    private final long delayMillis;

    private TestPipeline(long delayMillis) {
        this.delayMillis = delayMillis;
    }

    static Gleaner gleaner() {
        return gleaner(0);
    }

    /** A pipeline that takes at least {@code delayMillis} per page. */
    static Gleaner gleaner(long delayMillis) {
        return Gleaner.builder().extractors(List.of(new TestPipeline(delayMillis))).enrichers(List.of()).build();
    }

    @Override
    public String name() {
        return "test";
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
        Element sleep = page.document().selectFirst("sleep[ms]");
        long millis = delayMillis + (sleep == null ? 0 : Long.parseLong(sleep.attr("ms")));
        if (millis > 0) {
            long until = System.nanoTime() + millis * 1_000_000L;
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
        }
        List<Post> posts = new ArrayList<>();
        for (Element article : page.document().select("article")) {
            Element h1 = article.selectFirst("h1");
            String id = article.attr("data-id");
            posts.add(Post.builder()
                    .url(article.hasAttr("data-url") ? article.attr("data-url") : page.url())
                    .title(h1 == null ? "" : h1.text())
                    .text(String.join("\n\n", article.select("p").eachText()))
                    .bloggerPostId(id.isEmpty() ? Optional.empty() : Optional.of(id))
                    .extractor(name())
                    .build());
        }
        return new PageExtraction(posts.size() == 1 ? PageKind.ITEM : PageKind.INDEX, posts, Site.unknown(),
                List.of());
    }
}
