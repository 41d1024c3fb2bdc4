package dev.gleaner.extractors.entities;

import dev.gleaner.extractors.nlp.AnalyzedText;
import dev.gleaner.extractors.nlp.Token;
import dev.gleaner.model.Entity;
import dev.gleaner.model.EntityType;
import dev.gleaner.model.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Merges the resolved mentions of one text into one {@link Entity} per distinct thing. Mentions with the same type
 * and the same words (ignoring case) are one entity; a short form joins the longest form it abbreviates in the same
 * text: an organisation's leading words or initials ("NSO" and "NSO Group"; "EFF" and "Electronic Frontier
 * Foundation") and a person's first or last name ("Hamilton" and "Phyllis J. Hamilton"). A short form joins the
 * long form whatever name type the finders gave it (they confuse types on short names), unless a gazetteer found
 * it. Places, amounts and dates join only identical mentions (California is not the Northern District
 * of California). Immutable and thread-safe.
 */
final class MentionMerger {

    List<Entity> merge(AnalyzedText text, List<EntitySpan> spans) {
        // 1. group identical mentions
        Map<String, List<EntitySpan>> groups = new LinkedHashMap<>();
        for (EntitySpan s : spans) {
            groups.computeIfAbsent(key(s.type(), words(text, s)), k -> new ArrayList<>()).add(s);
        }
        List<List<EntitySpan>> entities = new ArrayList<>(groups.values());
        // 2. join short forms into their long forms, longest forms first
        entities.sort(Comparator.comparingInt((List<EntitySpan> g) -> -g.get(0).tokenLength()));
        List<List<EntitySpan>> merged = new ArrayList<>();
        for (List<EntitySpan> group : entities) {
            EntitySpan shortForm = group.get(0);
            List<EntitySpan> target = null;
            for (List<EntitySpan> longer : merged) {
                if (abbreviates(text, shortForm, longer.get(0))) {
                    target = longer;
                    break;
                }
            }
            if (target == null) {
                merged.add(new ArrayList<>(group));
            } else {
                target.addAll(group);
            }
        }
        // 3. build entities in order of first mention
        List<Entity> out = new ArrayList<>();
        for (List<EntitySpan> group : merged) {
            group.sort(Comparator.comparingInt(EntitySpan::start));
            EntitySpan canonical = group.stream()
                    .max(Comparator.comparingInt(EntitySpan::tokenLength)
                            .thenComparing(s -> -s.start()))
                    .orElseThrow();
            List<Mention> mentions = group.stream()
                    .map(s -> new Mention(s.start(), s.end(), text.text().substring(s.start(), s.end())))
                    .toList();
            double confidence = group.stream().mapToDouble(EntitySpan::confidence).max().orElse(0);
            Optional<String> normalized = group.stream().map(EntitySpan::normalized).flatMap(Optional::stream)
                    .findFirst();
            String canonicalText = text.text().substring(canonical.start(), canonical.end()).strip()
                    .replaceAll("\\s+", " ");
            out.add(new Entity(canonicalText, canonical.type(), normalized, mentions, mentions.size(), confidence,
                    canonical.finder()));
        }
        out.sort(Comparator.comparingInt(e -> e.mentions().get(0).start()));
        return out;
    }

    private static boolean abbreviates(AnalyzedText text, EntitySpan shortForm, EntitySpan longForm) {
        if (shortForm.tokenLength() >= longForm.tokenLength()) {
            return false;
        }
        // Finders confuse the types of short names: a short form joins a person or organisation whatever its own
        // name type, unless a list said what it is ("Michigan" from the places list stays a place).
        boolean fromList = shortForm.finder().startsWith(GazetteerFinder.PREFIX);
        boolean joinable = isPersonOrOrg(longForm.type()) && SpanResolver.isName(shortForm.type()) && !fromList;
        if (!joinable) {
            return false;
        }
        List<String> s = words(text, shortForm);
        List<String> l = words(text, longForm);
        if (l.subList(0, s.size()).equals(s)) {
            return longForm.type() == EntityType.ORGANIZATION || shortForm.tokenLength() == 1;
        }
        if (longForm.type() == EntityType.PERSON && s.size() == 1 && l.get(l.size() - 1).equals(s.get(0))) {
            return true;
        }
        if (longForm.type() == EntityType.ORGANIZATION && s.size() == 1 && s.get(0).length() >= 2) {
            StringBuilder initials = new StringBuilder();
            for (String w : l) {
                if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                    initials.append(w.charAt(0));
                }
            }
            return initials.toString().equals(s.get(0));
        }
        return false;
    }

    private static boolean isPersonOrOrg(EntityType t) {
        return t == EntityType.PERSON || t == EntityType.ORGANIZATION;
    }

    private static List<String> words(AnalyzedText text, EntitySpan s) {
        List<String> out = new ArrayList<>(s.tokenLength());
        for (Token t : text.tokens().subList(s.tokenStart(), s.tokenEnd())) {
            out.add(t.text());
        }
        return out;
    }

    private static String key(EntityType type, List<String> words) {
        return type + "\u0000" + String.join(" ", words).toLowerCase(Locale.ROOT);
    }
}
