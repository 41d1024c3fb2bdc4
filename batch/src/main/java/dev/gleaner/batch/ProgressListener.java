package dev.gleaner.batch;

/**
 * Hears how a batch is going. Called from a timer thread of the batch (never from a worker), so an implementation
 * must be thread-safe with respect to the caller's own threads; it must return quickly and not throw.
 */
public interface ProgressListener {

    /** Does nothing. */
    ProgressListener NONE = new ProgressListener() {
        @Override
        public void progress(BatchProgress progress) {
        }
    };

    /** Called about once per progress interval, and once more at the end. */
    void progress(BatchProgress progress);

    /** A note that is not a page error (a symbolic link loop not followed). Ignored by default. */
    default void warning(String message) {
    }
}
