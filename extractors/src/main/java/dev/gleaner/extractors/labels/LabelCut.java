package dev.gleaner.extractors.labels;

/**
 * The calibrated cut of a label model: which ranked suggestions are recommended.
 *
 * @param vocabulary a vocabulary label is recommended at this probability or above
 * @param open       an open suggestion (key phrase, entity) is recommended at this open score or above
 * @param atLeastOne recommend the best vocabulary label even below the cut (when that raised F1 on calibration)
 */
record LabelCut(double vocabulary, double open, boolean atLeastOne) {

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "vocabulary>=%.3f open>=%.3f atLeastOne=%s", vocabulary, open,
                atLeastOne);
    }
}
