package dev.gleaner.extractors.labels;

/** The cut of the open source when there is no model to calibrate it. */
final class OpenCut {
    /**
     * Open score at which a key phrase or entity is recommended without a model. Calibrated on the marcusoft
     * training part (open source alone, best micro-F1 on its newest fifth); see {@code LabelEval --open-only}.
     */
    static final double DEFAULT = 0.5;
    /** Open suggestions recommended per post without a model (same calibration). */
    static final int DEFAULT_PER_POST = 3;

    static final LabelCut OPEN_ONLY = LabelCut.uncalibrated(DEFAULT, DEFAULT_PER_POST, false);

    private OpenCut() {
    }
}
