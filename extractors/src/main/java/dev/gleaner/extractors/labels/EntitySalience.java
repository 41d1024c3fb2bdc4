package dev.gleaner.extractors.labels;

import dev.gleaner.model.Entity;
import dev.gleaner.model.EntityType;
import dev.gleaner.model.LabelSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Salient named entities of a post as label candidates: people, organisations, places and other names (never dates,
 * amounts or percentages), scored by how often they are mentioned, how early, and whether the title names them.
 */
final class EntitySalience {

    /** Entity types that can be a topic label. */
    static final Set<EntityType> LABEL_TYPES = Set.of(EntityType.PERSON, EntityType.ORGANIZATION,
            EntityType.LOCATION, EntityType.MISC);
    /** Weight of a title mention against a body mention (as for key phrases). */
    static final double TITLE_WEIGHT = 3;
    /** Bonus for an entity first mentioned at the very start, falling to nothing at the end. */
    static final double POSITION_BONUS = 0.5;
    /** An entity named once and never in the title scores this much lower: one passing mention is rarely a topic. */
    static final double SINGLE_MENTION_FACTOR = 0.6;
    /** Half-saturation of the score (raw / (raw + half)), on the same scale as key phrases. */
    static final double SCORE_HALF = 2.5;

    private EntitySalience() {
    }

    static List<OpenCandidate> candidates(List<Entity> entities, String title, String text, OpenRules rules) {
        List<OpenCandidate> out = new ArrayList<>();
        String lowerTitle = title.toLowerCase(Locale.ROOT);
        int length = Math.max(1, text.length());
        for (Entity e : entities) {
            if (!LABEL_TYPES.contains(e.type())) {
                continue;
            }
            List<String> terms = Terms.terms(e.text());
            if (terms.isEmpty() || terms.stream().noneMatch(rules::usableTerm)) {
                continue;
            }
            boolean inTitle = !lowerTitle.isEmpty() && lowerTitle.contains(e.text().toLowerCase(Locale.ROOT));
            int count = Math.max(e.count(), e.mentions().size());
            int first = e.mentions().isEmpty() ? length : e.mentions().get(0).start();
            double weighted = count + (inTitle ? TITLE_WEIGHT : 0);
            double raw = Math.log1p(weighted) * (1 + POSITION_BONUS * (1 - Math.min(1.0, first / (double) length)))
                    * e.confidence() * (count <= 1 && !inTitle ? SINGLE_MENTION_FACTOR : 1);
            double score = raw / (raw + SCORE_HALF);
            out.add(new OpenCandidate(e.text(), KeyphraseFinder.key(terms), score, LabelSource.ENTITY,
                    List.of(e.type().name().toLowerCase(Locale.ROOT) + " '" + e.text() + "' x" + count
                            + (inTitle ? ", in title" : "")), inTitle, count, true));
        }
        return out;
    }
}
