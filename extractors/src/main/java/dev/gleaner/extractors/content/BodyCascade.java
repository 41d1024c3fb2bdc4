package dev.gleaner.extractors.content;

import dev.gleaner.extractors.html.TextRenderer;
import dev.gleaner.model.Diagnostic;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Chooses the body of a cleaned page through a documented cascade; each step engages only when the one before it
 * under-delivers (too few words):
 * <ol>
 *   <li><b>markup</b>: an element the markup names as the body ({@link StructuredBody}, {@code [body]});</li>
 *   <li><b>scoring</b>: {@link CandidateScorer} inside the first landmark that bounds the article ({@code [scope]}:
 *       {@code article}, {@code main}), or over the whole page when there is none or it holds too little;</li>
 *   <li><b>json-ld</b>: the JSON-LD {@code articleBody} text, when the page has one;</li>
 *   <li><b>baseline</b>: every paragraph-like block ({@link BaselineBody}).</li>
 * </ol>
 * Whatever step wins, its region is assembled into a fresh container (the page order kept) and pruned
 * ({@link RegionPruner}). Thread-safe.
 */
final class BodyCascade {

    private static final String NAME = "content-body";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
    /** Characters per word used to turn word floors into character floors for the landmark search. */
    private static final int CHARS_PER_WORD = 5;

    /**
     * The chosen body.
     *
     * @param body   a detached container holding the body (or empty when the JSON-LD text won)
     * @param text   the body text
     * @param source which cascade step delivered it
     */
    record Choice(Optional<Element> body, String text, String source) {
    }

    private final ContentRules rules;
    private final StructuredBody structured;
    private final CandidateScorer scorer;
    private final BaselineBody baseline;
    private final RegionPruner pruner;

    BodyCascade(ContentRules rules) {
        this.rules = rules;
        this.structured = new StructuredBody(rules);
        this.scorer = new CandidateScorer(rules);
        this.baseline = new BaselineBody(rules);
        this.pruner = new RegionPruner(rules);
    }

    /** The body of {@code root} (a cleaned private copy); {@code authors} are lower-cased byline names. */
    Choice choose(Element root, Optional<String> jsonLdBody, List<String> authors, List<Diagnostic> diagnostics) {
        Optional<StructuredBody.Found> marked = structured.find(root, rules.minStructuredWords);
        if (marked.isPresent()) {
            Element body = assemble(marked.get().parts(), authors);
            String text = TextRenderer.render(body);
            if (words(text) >= rules.minStructuredWords) {
                return chosen(body, text, "markup " + marked.get().selector(), diagnostics);
            }
            diagnostics.add(Diagnostic.warning(NAME, "markup " + marked.get().selector() + " under-delivered ("
                    + words(text) + " words)"));
        }

        Optional<StructuredBody.Found> scope = structured.scope(root, rules.minScoredWords * CHARS_PER_WORD);
        if (scope.isPresent() && scope.get().parts().size() == 1) {
            List<Element> region = scorer.region(scope.get().parts().get(0));
            Element body = assemble(region, authors);
            String text = TextRenderer.render(body);
            if (words(text) >= rules.minScoredWords) {
                return chosen(body, text, "scoring within " + scope.get().selector(), diagnostics);
            }
        }
        List<Element> region = scorer.region(root);
        Element scored = assemble(region, authors);
        String scoredText = TextRenderer.render(scored);
        if (words(scoredText) >= rules.minScoredWords) {
            return chosen(scored, scoredText, "scoring", diagnostics);
        }
        diagnostics.add(Diagnostic.warning(NAME, "scoring under-delivered (" + words(scoredText) + " words)"));

        if (jsonLdBody.isPresent() && words(jsonLdBody.get()) >= rules.minScoredWords) {
            diagnostics.add(Diagnostic.used(NAME, "json-ld articleBody"));
            return new Choice(Optional.empty(), jsonLdBody.get(), "json-ld");
        }
        Element body = assemble(baseline.blocks(root), authors);
        return chosen(body, TextRenderer.render(body), "baseline", diagnostics);
    }

    private Choice chosen(Element body, String text, String source, List<Diagnostic> diagnostics) {
        diagnostics.add(Diagnostic.used(NAME, source));
        return new Choice(Optional.of(body), text, source);
    }

    /** A pruned detached copy of the region's elements, in page order. */
    private Element assemble(List<Element> region, List<String> authors) {
        String base = region.isEmpty() ? "" : region.get(0).baseUri();
        Element container = Document.createShell(base).body().appendElement("div");
        for (Element element : region) {
            container.appendChild(element.clone());
        }
        pruner.prune(container, authors);
        return container;
    }

    static int words(String text) {
        Matcher m = WORD.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
