package dev.gleaner.extractors.html;

import dev.gleaner.model.Image;
import dev.gleaner.model.Link;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;

/** Reads the images and links of a (cleaned) body element, with absolute URLs. Stateless. */
public final class BodyParts {

    private BodyParts() {
    }

    /** The visible images with an http(s) source, in document order. */
    public static List<Image> images(Element body) {
        List<Image> images = new ArrayList<>();
        for (Element img : body.select("img")) {
            String src = img.absUrl("src");
            if (src.isEmpty()) {
                src = img.absUrl("data-src");
            }
            if (!(src.startsWith("http://") || src.startsWith("https://")) || Visibility.isHiddenInContext(img)) {
                continue;
            }
            String title = Texts.collapse(img.attr("title"));
            images.add(new Image(src, Texts.collapse(img.attr("alt")),
                    title.isEmpty() ? Optional.empty() : Optional.of(title),
                    dimension(img.attr("width")), dimension(img.attr("height"))));
        }
        return images;
    }

    /** The links with an http(s) target, in document order. */
    public static List<Link> links(Element body, String pageUrl) {
        List<Link> links = new ArrayList<>();
        for (Element a : body.select("a[href]")) {
            String href = a.absUrl("href");
            if (!(href.startsWith("http://") || href.startsWith("https://")) || Visibility.isHiddenInContext(a)) {
                continue;
            }
            links.add(new Link(href, Texts.collapse(a.text()), Urls.isExternal(href, pageUrl)));
        }
        return links;
    }

    private static Optional<Integer> dimension(String value) {
        String digits = value.strip().replace("px", "");
        if (digits.isEmpty() || digits.length() > 6 || !digits.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(digits));
    }
}
