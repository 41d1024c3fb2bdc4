package dev.gleaner.extractors.labels;

import dev.gleaner.internal.Validate;
import dev.gleaner.model.Post;
import java.util.List;

/**
 * A post reduced to what label learning reads: title, plain text and the labels it carries.
 *
 * @param title  the title ({@code ""} when none)
 * @param text   the body as plain text
 * @param labels the post's own labels (empty when it has none)
 */
public record LabelledText(String title, String text, List<String> labels) {
    public LabelledText {
        Validate.notNull(title, "title");
        Validate.notNull(text, "text");
        labels = Validate.copyOf(labels, "labels");
    }

    /** The title, text and labels of a post. */
    public static LabelledText of(Post post) {
        Validate.notNull(post, "post");
        return new LabelledText(post.title(), post.text(), post.labels());
    }
}
