package dev.gleaner.extractors.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gleaner.extractors.nlp.AnalyzedText;
import dev.gleaner.extractors.nlp.Sentence;
import dev.gleaner.extractors.nlp.TextAnalyzer;
import dev.gleaner.extractors.nlp.Token;
import dev.gleaner.model.Entity;
import dev.gleaner.model.EntityType;
import dev.gleaner.model.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Merging, title stripping and overlap resolution, with a scripted finder in place of the statistical model. */
class MentionMergingTest {

    private static TextAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = TextAnalyzer.english();
    }

    /** Reports every occurrence of the given token sequences with the given types. */
    private record ScriptedFinder(Map<String, EntityType> names) implements MentionFinder {
        @Override
        public String name() {
            return "scripted";
        }

        @Override
        public List<EntitySpan> find(AnalyzedText text) {
            List<EntitySpan> out = new ArrayList<>();
            for (Sentence s : text.sentences()) {
                List<Token> tokens = text.tokens(s);
                for (Map.Entry<String, EntityType> e : names.entrySet()) {
                    List<String> words = List.of(e.getKey().split(" "));
                    for (int i = 0; i + words.size() <= tokens.size(); i++) {
                        boolean match = true;
                        for (int k = 0; k < words.size() && match; k++) {
                            match = tokens.get(i + k).text().equals(words.get(k));
                        }
                        if (match) {
                            Token a = tokens.get(i);
                            Token b = tokens.get(i + words.size() - 1);
                            out.add(new EntitySpan(a.index(), b.index() + 1, a.start(), b.end(), e.getValue(),
                                    Optional.empty(), 0.7, name()));
                        }
                    }
                }
            }
            return out;
        }
    }

    private static EntityRecognizer recognizer(Map<String, EntityType> names) {
        return EntityRecognizer.builder().analyzer(analyzer).bundledModel(false)
                .addNameFinder(new ScriptedFinder(names)).build();
    }

    @Test
    void shortFormsJoinLongFormsAndTitlesAreStripped() {
        String text = "Judge Rosa K. Whitfield fined Lumen Group in Ohio. Whitfield said Lumen had lied.";
        List<Entity> entities = recognizer(Map.of("Judge Rosa K. Whitfield", EntityType.PERSON,
                "Whitfield", EntityType.PERSON, "Lumen Group", EntityType.ORGANIZATION,
                "Lumen", EntityType.PERSON)).entities(text, Optional.empty());

        Entity judge = entities.stream().filter(e -> e.type() == EntityType.PERSON).findFirst().orElseThrow();
        assertThat(judge.text()).isEqualTo("Rosa K. Whitfield");
        assertThat(judge.count()).isEqualTo(2);
        assertThat(judge.mentions()).extracting(Mention::text).containsExactly("Rosa K. Whitfield", "Whitfield");
        for (Mention m : judge.mentions()) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        }
        Entity company = entities.stream().filter(e -> e.text().equals("Lumen Group")).findFirst().orElseThrow();
        assertThat(company.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(company.mentions()).extracting(Mention::text).containsExactly("Lumen Group", "Lumen");
        assertThat(entities).extracting(Entity::text).containsExactly("Rosa K. Whitfield", "Lumen Group", "Ohio");
    }

    @Test
    void placesJoinOnlyIdenticalMentions() {
        String text = "The Southern District of Ohio is in Ohio. Ohio is large.";
        List<Entity> entities = recognizer(Map.of("Southern District of Ohio", EntityType.LOCATION))
                .entities(text, Optional.empty());
        assertThat(entities).extracting(Entity::text, Entity::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Southern District of Ohio", 1),
                        org.assertj.core.groups.Tuple.tuple("Ohio", 2));
    }

    @Test
    void initialsJoinTheirOrganisation() {
        String text = "The Open Rights Council (ORC) objected. ORC will appeal.";
        List<Entity> entities = recognizer(Map.of("Open Rights Council", EntityType.ORGANIZATION,
                "ORC", EntityType.ORGANIZATION)).entities(text, Optional.empty());
        assertThat(entities).hasSize(1);
        assertThat(entities.get(0).count()).isEqualTo(3);
    }

    @Test
    void rulesWinOverlapsAndNationalitiesAreDropped() {
        String text = "The Israeli firm paid $5 million in May 2020.";
        List<Entity> entities = recognizer(Map.of("Israeli", EntityType.LOCATION, "May", EntityType.PERSON))
                .entities(text, Optional.empty());
        assertThat(entities).extracting(Entity::type, Entity::text, e -> e.normalized().orElse(""))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(EntityType.MONEY, "$5 million", "5000000 USD"),
                        org.assertj.core.groups.Tuple.tuple(EntityType.DATE, "May 2020", "2020-05"));
    }

    @Test
    void listTypeCorrectsTheModelOnTheSameSpan() {
        List<Entity> entities = recognizer(Map.of("WhatsApp", EntityType.PERSON))
                .entities("I use WhatsApp daily.", Optional.empty());
        assertThat(entities).extracting(Entity::text, Entity::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("WhatsApp", EntityType.ORGANIZATION));
    }

    @Test
    void addressesAreCutFromNames() {
        List<Entity> entities = recognizer(Map.of("Rosa Whitfield rosa@example.org", EntityType.PERSON))
                .entities("From Rosa Whitfield rosa@example.org, thanks.", Optional.empty());
        assertThat(entities).extracting(Entity::text).containsExactly("Rosa Whitfield");
    }

    @Test
    void everythingOffGivesNoEntities() {
        EntityRecognizer none = EntityRecognizer.builder().analyzer(analyzer).bundledModel(false)
                .bundledLists(false).rules(false).build();
        assertThat(none.entities("Alice paid $5 in Paris on 2020-01-01.", Optional.empty())).isEmpty();
    }
}
