package dev.gleaner.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The quality gate: figures an evaluation must not fall below (or rise above), pinned in a JSON file in the repo
 * ({@code benchmarks/quality-floors.json}). Each evaluation has a section named after its data set with a
 * {@code min} object (figure name to lowest allowed value) and a {@code max} object (highest allowed value).
 * Raise a floor when results improve; lowering one is a visible change in review, never a silent one.
 */
public final class QualityFloors {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode section;
    private final String name;

    private QualityFloors(String name, JsonNode section) {
        this.name = name;
        this.section = section;
    }

    /**
     * Loads the section {@code name} of {@code file}.
     *
     * @throws IllegalArgumentException when the file has no such section
     */
    public static QualityFloors load(Path file, String name) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        JsonNode section = root.get(name);
        if (section == null || !section.isObject()) {
            throw new IllegalArgumentException(file + " has no section \"" + name + "\"");
        }
        return new QualityFloors(name, section);
    }

    /**
     * Checks {@code figures} and returns the violations (empty when the gate passes). A floor that names a figure
     * the evaluation did not produce is a violation too, so a renamed figure cannot slip past the gate.
     */
    public List<String> violations(Map<String, Double> figures) {
        List<String> violations = new ArrayList<>();
        check(section.path("min"), figures, true, violations);
        check(section.path("max"), figures, false, violations);
        return violations;
    }

    /** Prints the outcome and returns the process exit code: 0 when the gate passes, 1 when it fails. */
    public int report(Map<String, Double> figures) {
        List<String> violations = violations(figures);
        if (violations.isEmpty()) {
            System.out.println("quality gate " + name + ": passed");
            return 0;
        }
        System.out.println("quality gate " + name + ": FAILED");
        violations.forEach(v -> System.out.println("  " + v));
        return 1;
    }

    private static void check(JsonNode bounds, Map<String, Double> figures, boolean isFloor,
                              List<String> violations) {
        for (Iterator<Map.Entry<String, JsonNode>> it = bounds.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> bound = it.next();
            Double value = figures.get(bound.getKey());
            double limit = bound.getValue().asDouble();
            if (value == null) {
                violations.add(bound.getKey() + ": no such figure in this evaluation");
            } else if (isFloor ? value < limit : value > limit) {
                violations.add(String.format(Locale.ROOT, "%s: %.4f is %s the pinned %.4f", bound.getKey(), value,
                        isFloor ? "below" : "above", limit));
            }
        }
    }
}
