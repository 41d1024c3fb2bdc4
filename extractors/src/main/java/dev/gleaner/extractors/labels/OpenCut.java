package dev.gleaner.extractors.labels;

/** Defaults of the open source's cut. */
final class OpenCut {
    /** Open score at which a key phrase or entity is recommended without a model. Placeholder until calibrated. */
    static final double DEFAULT = 0.5;

    private OpenCut() {
    }
}
