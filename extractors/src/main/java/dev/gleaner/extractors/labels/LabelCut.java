package dev.gleaner.extractors.labels;

import java.util.Locale;

/**
 * The calibrated cut: which ranked suggestions are recommended.
 *
 * @param vocabulary  a vocabulary label is recommended at this probability or above
 * @param open        an open suggestion (key phrase, entity) is recommended at this open score or above
 * @param openPerPost at most this many open suggestions are recommended per post
 * @param atLeastOne  recommend the best vocabulary label even below the cut (when that raised F1 on calibration)
 */
record LabelCut(double vocabulary, double open, int openPerPost, boolean atLeastOne) {

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "vocabulary>=%.2f open>=%.2f (at most %d) atLeastOne=%s", vocabulary,
                open, openPerPost, atLeastOne);
    }
}
