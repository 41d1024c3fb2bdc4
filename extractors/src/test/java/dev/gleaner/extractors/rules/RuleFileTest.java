package dev.gleaner.extractors.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class RuleFileTest {

    private static final String HEADER = "# Provenance: test\n# Licence: Apache-2.0\n";

    @Test
    void readsSectionsSelectorsAndAttributes() {
        RuleFile file = RuleFile.parse("t.rules", HEADER + "[s]\n# a comment\n#main h1\n[itemprop=name] @content\n");
        SelectorList list = file.selectors("s");
        assertThat(list.rules()).hasSize(2);
        assertThat(list.rules().get(1).attribute()).isEqualTo("content");
        Document doc = Jsoup.parse("<div id=main><h1>Hi</h1></div><meta itemprop=name content=X>");
        assertThat(list.first(doc).orElseThrow().element().text()).isEqualTo("Hi");
    }

    @Test
    void firstMatchLoopPrefersEarlierRules() {
        RuleFile file = RuleFile.parse("t.rules", HEADER + "[s]\nh2.title\nh1\n");
        Document doc = Jsoup.parse("<h1>generic</h1><h2 class=title>specific</h2>");
        assertThat(file.selectors("s").first(doc).orElseThrow().element().text()).isEqualTo("specific");
    }

    @Test
    void badSelectorFailsNamingFileAndLine() {
        RuleFile file = RuleFile.parse("bad.rules", HEADER + "[s]\ndiv\ndiv[\n");
        assertThatThrownBy(() -> file.selectors("s")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("bad.rules:5");
    }

    @Test
    void headerWithoutProvenanceIsRefused() {
        assertThatThrownBy(() -> RuleFile.parse("x.rules", "# nothing\n[s]\na\n"))
                .hasMessageContaining("Provenance");
    }

    @Test
    void numbersAreValidated() {
        RuleFile file = RuleFile.parse("n.rules", HEADER + "[limits]\nmax = 3\nbad = x\n");
        assertThatThrownBy(() -> file.number("limits", "max")).hasMessageContaining("n.rules:5");
    }
}
