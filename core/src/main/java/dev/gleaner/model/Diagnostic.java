package dev.gleaner.model;

import dev.gleaner.internal.Validate;

/**
 * One line of what an extraction used, missed or worked around.
 *
 * @param kind    what sort of note this is
 * @param subject what it is about: a field ({@code title}, {@code published}), a stage, or {@code page}
 * @param detail  the source used (a selector, {@code json-ld}, {@code og:title}) or the reason
 */
public record Diagnostic(Kind kind, String subject, String detail) {
    public Diagnostic {
        Validate.notNull(kind, "kind");
        Validate.notNull(subject, "subject");
        Validate.notNull(detail, "detail");
    }

    /** The sort of a diagnostic. */
    public enum Kind {
        /** A value was taken from the named source. */
        USED,
        /** No source gave a value. */
        MISSING,
        /** A stage fell back, was skipped, or failed and was recovered from. */
        WARNING,
        /** Anything else worth knowing (detected platform, template family, charset). */
        INFO
    }

    public static Diagnostic used(String subject, String source) {
        return new Diagnostic(Kind.USED, subject, source);
    }

    public static Diagnostic missing(String subject, String reason) {
        return new Diagnostic(Kind.MISSING, subject, reason);
    }

    public static Diagnostic warning(String subject, String reason) {
        return new Diagnostic(Kind.WARNING, subject, reason);
    }

    public static Diagnostic info(String subject, String detail) {
        return new Diagnostic(Kind.INFO, subject, detail);
    }

    @Override
    public String toString() {
        return kind + " " + subject + ": " + detail;
    }
}
