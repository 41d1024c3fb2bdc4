package dev.gleaner.extractors.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** One walk for the whole list gives what asking the rules one after another gives. */
class SelectorListTest {

    private static final String HEADER = "# Provenance: test\n# Licence: Apache-2.0\n";
    private static final String PAGE = "<div id=main><p class=a>1</p><div class=b><p class=a>2</p>"
            + "<span class=c>3</span></div><p class=c>4</p></div><footer><p class=b>5</p></footer>";

    private static SelectorList list(String... css) {
        return RuleFile.parse("t.rules", HEADER + "[s]\n" + String.join("\n", css) + "\n").selectors("s");
    }

    /** The reference: each rule's own select, in rule order. */
    private static List<String> perRuleOneByOne(SelectorList list, Element root) {
        List<String> out = new ArrayList<>();
        for (SelectorList.Rule rule : list.rules()) {
            for (Element e : SelectorList.select(root, rule)) {
                out.add(rule.css() + "=" + e.text());
            }
        }
        return out;
    }

    @Test
    void hitsAreGroupedByRuleThenDocumentOrder() {
        SelectorList list = list(".c", "div > p.a", "p", "#nothing");
        Document doc = Jsoup.parse(PAGE);
        assertThat(list.hits(doc).stream().map(h -> h.rule().css() + "=" + h.element().text()).toList())
                .containsExactlyElementsOf(perRuleOneByOne(list, doc));
    }

    @Test
    void firstTakesTheEarliestRuleEvenWhenALaterRuleMatchesEarlierInTheDocument() {
        Document doc = Jsoup.parse(PAGE);
        SelectorList.Hit hit = list("footer p", "p.a").first(doc).orElseThrow();
        assertThat(hit.rule().css()).isEqualTo("footer p");
        assertThat(hit.element().text()).isEqualTo("5");
        assertThat(list("p.a", "footer p").first(doc).orElseThrow().element().text()).isEqualTo("1");
        assertThat(list("#none", "article").first(doc)).isEmpty();
    }

    @Test
    void firstValueSkipsRejectedElementsAndFallsThroughRules() {
        Document doc = Jsoup.parse(PAGE);
        Optional<SelectorList.Found> found = list("span.c", "p.a").firstValue(doc,
                e -> !"3".equals(e.text()), v -> Optional.of(v));
        assertThat(found.orElseThrow().value()).isEqualTo("1");
        assertThat(found.orElseThrow().rule().css()).isEqualTo("p.a");
    }

    @Test
    void allListsEachElementOnceInRuleOrder() {
        Document doc = Jsoup.parse(PAGE);
        assertThat(list(".c", "p").all(doc).stream().map(Element::text).toList())
                .containsExactly("3", "4", "1", "2", "5");
    }

    @Test
    void matchesTestsTheElementAndItsAncestors() {
        Document doc = Jsoup.parse(PAGE);
        Element span = doc.selectFirst("span.c");
        assertThat(list("div.b", "footer").matches(span)).isFalse();
        assertThat(list("div.b", "footer").matchesSelfOrAncestor(span)).isTrue();
        assertThat(list("article").matchesSelfOrAncestor(span)).isFalse();
    }

    @Test
    void aSubtreeRootIsItsOwnFirstCandidate() {
        Document doc = Jsoup.parse(PAGE);
        Element inner = doc.selectFirst("div.b");
        assertThat(list("div", "p").first(inner).orElseThrow().element()).isSameAs(inner);
        assertThat(list("p", "span").hits(inner).stream().map(h -> h.element().text()).toList())
                .containsExactly("2", "3");
    }
}
