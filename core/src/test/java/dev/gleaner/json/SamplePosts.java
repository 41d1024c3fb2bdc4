package dev.gleaner.json;

import dev.gleaner.model.Author;
import dev.gleaner.model.Comment;
import dev.gleaner.model.Entity;
import dev.gleaner.model.EntityType;
import dev.gleaner.model.Image;
import dev.gleaner.model.LabelSource;
import dev.gleaner.model.LabelSuggestion;
import dev.gleaner.model.Link;
import dev.gleaner.model.Mention;
import dev.gleaner.model.PageKind;
import dev.gleaner.model.Platform;
import dev.gleaner.model.Post;
import dev.gleaner.model.PostTime;
import dev.gleaner.model.Site;
import java.util.List;
import java.util.Optional;

/** Posts with every field filled, and with every field empty, for JSON tests. */
final class SamplePosts {
    private SamplePosts() {
    }

    static Post full() {
        return Post.builder()
                .source("pages/harbour.html")
                .url("https://harbourlights.blogspot.com/2024/03/tide-tables.html")
                .canonicalUrl(Optional.of("https://harbourlights.blogspot.com/2024/03/tide-tables.html"))
                .crawled(Optional.of(PostTime.parse("2024-03-20T08:00:00Z")))
                .pageKind(PageKind.ITEM)
                .title("Reading the tide tables")
                .authors(List.of(new Author("Ines Calder", Optional.of("https://www.blogger.com/profile/123")),
                        Author.of("Tom Reyes")))
                .published(Optional.of(PostTime.parse("2024-03-14T09:30:00-07:00")))
                .updated(Optional.of(PostTime.parse("2024-03-15T10:00:00.250Z")))
                .labels(List.of("Sailing", "Tides"))
                .text("High water came early.\n\nWe waited on the quay.")
                .html("<p>High water came early.</p><p>We waited on the quay.</p>")
                .summary(Optional.of("Notes on tides"))
                .images(List.of(new Image("https://example.org/a.jpg", "the quay", Optional.of("Quay"),
                        Optional.of(640), Optional.of(480))))
                .links(List.of(new Link("https://tides.example.org/", "tide service", true)))
                .language(Optional.of("en"))
                .wordCount(9)
                .bloggerPostId(Optional.of("4471162840183210001"))
                .site(new Site(Optional.of("Harbour Lights"), Optional.of("https://harbourlights.blogspot.com/"),
                        Platform.BLOGGER, Optional.of("8812345678901234567")))
                .comments(List.of(new Comment(Optional.of("Ana"), Optional.of(PostTime.parse("2024-03-14T11:02")),
                        "Lovely write-up.")))
                .commentCount(Optional.of(1))
                .entities(List.of(new Entity("Ines Calder", EntityType.PERSON, Optional.empty(),
                        List.of(new Mention(0, 11, "Ines Calder")), 1, 0.9, "test")))
                .suggestedLabels(List.of(new LabelSuggestion("Tides", 0.8, LabelSource.VOCABULARY,
                        List.of("tide", "quay"), true)))
                .extractor("blogger")
                .build();
    }

    static Post empty() {
        return Post.builder().build();
    }
}
