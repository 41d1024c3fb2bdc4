package dev.gleaner.internal;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Argument checks for the public API: Gleaner is lenient with HTML and strict with its callers.
 * Every failure names the argument, so misuse is found at the call site.
 */
public final class Validate {
    private Validate() {
    }

    /** Throws {@link NullPointerException} naming {@code name} when {@code value} is null. */
    public static <T> T notNull(T value, String name) {
        return Objects.requireNonNull(value, () -> name + " must not be null");
    }

    /** Throws {@link IllegalArgumentException} when {@code value} is null or blank. */
    public static String notBlank(String value, String name) {
        notNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    /** Throws {@link IllegalArgumentException} with {@code message} when {@code condition} is false. */
    public static void isTrue(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** An unmodifiable copy of {@code values}; throws when the list or any element is null. */
    public static <T> List<T> copyOf(Collection<? extends T> values, String name) {
        notNull(values, name);
        for (T value : values) {
            notNull(value, "an element of " + name);
        }
        return List.copyOf(values);
    }
}
