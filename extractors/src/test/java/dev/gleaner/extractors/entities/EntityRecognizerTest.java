package dev.gleaner.extractors.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gleaner.model.Entity;
import dev.gleaner.model.EntityType;
import dev.gleaner.model.Mention;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The default recognizer (bundled model, lists, rules) on a news-style post written for this test. */
class EntityRecognizerTest {

    private static EntityRecognizer recognizer;

    /** Written for this test in the style of a tech-news blog post about a court ruling. */
    static final String POST = """
            A U.S. federal judge has ordered British analytics firm Lumora Labs to stop collecting data from \
            YouTube users, a win for Google after three years of litigation.

            The order, signed by Judge Margaret T. Ellison in the Eastern District of Michigan, ends a dispute that \
            started in 2021, when Google (the owner of YouTube) sued Lumora Labs after finding that about 2,300 \
            accounts had been monitored.

            The court also cut the damages from $212 million to $9 million. Lumora said the ruling could cost it \
            40% of its revenue. Ellison wrote that Lumora had acted in bad faith.""";

    @BeforeAll
    static void load() {
        recognizer = EntityRecognizer.english();
    }

    private static Optional<Entity> entity(List<Entity> entities, String text) {
        return entities.stream().filter(e -> e.text().equals(text)).findFirst();
    }

    @Test
    void findsWhatAReaderExpects() {
        List<Entity> entities = recognizer.entities(POST, Optional.of(LocalDate.of(2024, 5, 2)));

        assertThat(entity(entities, "Margaret T. Ellison")).get().extracting(Entity::type)
                .isEqualTo(EntityType.PERSON);
        assertThat(entity(entities, "Lumora Labs")).get().extracting(Entity::type)
                .isEqualTo(EntityType.ORGANIZATION);
        assertThat(entity(entities, "Google")).get().extracting(Entity::type).isEqualTo(EntityType.ORGANIZATION);
        assertThat(entity(entities, "YouTube")).get().extracting(Entity::type).isEqualTo(EntityType.ORGANIZATION);
        assertThat(entity(entities, "Michigan")).get().extracting(Entity::type).isEqualTo(EntityType.LOCATION);
        assertThat(entities).filteredOn(e -> e.type() == EntityType.LOCATION).extracting(Entity::text)
                .anyMatch(t -> t.contains("Eastern District"));
        assertThat(entities).filteredOn(e -> e.type() == EntityType.MONEY)
                .extracting(e -> e.normalized().orElse(""))
                .containsExactly("212000000 USD", "9000000 USD");
        assertThat(entity(entities, "2021")).get().extracting(Entity::type, e -> e.normalized().orElse(""))
                .containsExactly(EntityType.DATE, "2021");
        assertThat(entity(entities, "40%")).get().extracting(Entity::type).isEqualTo(EntityType.PERCENT);
    }

    @Test
    void shortFormsAndTitlesAreMerged() {
        List<Entity> entities = recognizer.entities(POST, Optional.empty());

        Entity judge = entity(entities, "Margaret T. Ellison").orElseThrow();
        assertThat(judge.mentions()).extracting(Mention::text).containsExactly("Margaret T. Ellison", "Ellison");
        Entity firm = entity(entities, "Lumora Labs").orElseThrow();
        assertThat(firm.mentions()).extracting(Mention::text).contains("Lumora Labs", "Lumora");
        assertThat(firm.count()).isEqualTo(firm.mentions().size()).isGreaterThanOrEqualTo(4);
        assertThat(entities).extracting(Entity::text).doesNotContain("Judge Margaret T. Ellison", "British");
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                assertThat(POST.substring(m.start(), m.end())).isEqualTo(m.text());
            }
            assertThat(e.confidence()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void tokenisedInputGivesTokenSpans() {
        List<EntitySpan> spans = recognizer.findInTokens(
                List.of("Yesterday", "Google", "opened", "an", "office", "in", "Paris", "."));
        assertThat(spans).extracting(EntitySpan::tokenStart, EntitySpan::tokenEnd, EntitySpan::type)
                .contains(org.assertj.core.groups.Tuple.tuple(1, 2, EntityType.ORGANIZATION),
                        org.assertj.core.groups.Tuple.tuple(6, 7, EntityType.LOCATION));
    }

    @Test
    void emptyOddAndHugeTextsAreHandled() {
        assertThat(recognizer.entities("", Optional.empty())).isEmpty();
        assertThat(recognizer.entities("\u0000 ))) \uD83D\uDE00", Optional.empty())).isEmpty();
        String huge = "lorem ipsum dolor sit amet ".repeat(30_000); // one 150,000-token sentence
        assertThat(recognizer.entities(huge, Optional.empty())).isEmpty();
    }
}
