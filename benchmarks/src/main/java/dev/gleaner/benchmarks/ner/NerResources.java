package dev.gleaner.benchmarks.ner;

import dev.gleaner.extractors.entities.Gazetteer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.StringList;

/**
 * Resources that the feature files may name, embedded in the trained model: {@code places.dictionary}, the
 * bundled countries, US states and world cities in one OpenNLP dictionary. (OpenNLP's dictionary feature has no
 * per-dictionary prefix, so several dictionaries would share one feature; one list of places keeps it meaningful.)
 */
final class NerResources {

    static final String PLACES = "places.dictionary";

    private NerResources() {
    }

    static Map<String, Object> dictionaries() {
        Dictionary places = new Dictionary(true);
        for (String list : List.of("countries", "us-states", "world-cities")) {
            for (List<String> entry : Gazetteer.bundled(list).entries()) {
                places.put(new StringList(entry.toArray(String[]::new)));
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(PLACES, places);
        return out;
    }
}
