package dev.gleaner.extractors.labels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermsTest {

    @Test
    void keepsTechnicalWordsWhole() {
        assertThat(Terms.terms("I use Node.js, C# and .NET; end-to-end!")).containsExactly("i", "use", "node.js",
                "c#", "and", ".net", "end-to-end");
    }

    @Test
    void lowerCasesWithoutTheDefaultLocale() {
        assertThat(Terms.terms("TITLE İstanbul")).containsExactly("title", "i̇stanbul");
    }

    @Test
    void labelFormsSplitCamelCase() {
        assertThat(Terms.labelForms("MobProgramming")).contains(List.of("mobprogramming"),
                List.of("mob", "programming"));
        assertThat(Terms.labelForms("Impact mapping")).contains(List.of("impact", "mapping"),
                List.of("impactmapping"));
        assertThat(Terms.splitCamelCase("TDD")).isEqualTo("TDD");
    }

    @Test
    void mentionsIgnoreCaseAndJoiners() {
        LabelMentions m = new LabelMentions("NodeJs");
        assertThat(m.count(LabelMentions.squashAll(Terms.terms("Node.js and nodejs and node js")))).isEqualTo(3);
        assertThat(new LabelMentions("Impact mapping").count(LabelMentions.squashAll(
                Terms.terms("We tried impact mapping. ImpactMapping!")))).isEqualTo(2);
    }

    @Test
    void singularOfEnglishPlurals() {
        assertThat(KeyphraseFinder.singular("policies")).isEqualTo("policy");
        assertThat(KeyphraseFinder.singular("Tools")).isEqualTo("Tool");
        assertThat(KeyphraseFinder.singular("boxes")).isEqualTo("box");
        assertThat(KeyphraseFinder.singular("status")).isEqualTo("status");
        assertThat(KeyphraseFinder.singular("class")).isEqualTo("class");
    }

    @Test
    void openRulesLoadAndRefuseBadWeights() {
        OpenRules rules = OpenRules.load();
        assertThat(rules.stopWords).contains("the", "und", "och");
        assertThat(rules.usableTerm("2024")).isFalse();
        assertThat(rules.usableTerm("share")).isFalse();
        assertThat(rules.usableTerm("kanban")).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> OpenRules.parse("""
                # Provenance: test
                # Licence: test
                [stop-words]
                the
                [common-words]
                thing
                [chrome]
                share
                [weights]
                title-weight = -1
                """)).isInstanceOf(IllegalStateException.class).hasMessageContaining("title-weight");
    }
}
