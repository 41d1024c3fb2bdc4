package dev.gleaner.benchmarks.perf;

import java.util.Set;

/**
 * One row of the performance table: a JMH benchmark method and how its time is counted.
 *
 * @param benchmark the JMH class
 * @param method    the {@code @Benchmark} method
 * @param label     the row's name in the table
 * @param unit      what one operation's time is divided by
 * @param sets      the page sets the row runs on (empty: every set)
 */
public record Row(Class<?> benchmark, String method, String label, Unit unit, Set<String> sets) {

    /** What a row's time is reported per. */
    public enum Unit {
        /** One operation is a pass over the set's pages: per page, pages/s, MB/s, ratios. */
        PAGE,
        /** One operation is a pass over the set's posts: ms per post. */
        POST,
        /** One operation is a pass over the set's posts' tokens: ms per 1,000 tokens, tokens/s. */
        TOKENS
    }

    public Row {
        sets = Set.copyOf(sets);
    }

    /** Whether this row runs on the given set. */
    public boolean runsOn(String set) {
        return sets.isEmpty() || sets.contains(set);
    }

    /** The benchmark's full JMH name. */
    public String jmhName() {
        return benchmark.getName() + "." + method;
    }
}
