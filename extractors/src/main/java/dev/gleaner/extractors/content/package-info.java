/**
 * The generic content extractor: main-content detection and page metadata for any page that no more specific
 * extractor handles. {@link dev.gleaner.extractors.content.ContentExtractor} is the stage; the other classes are its
 * parts, each with one job: {@link dev.gleaner.extractors.content.DomCleaner} (chrome removal with a revert guard),
 * {@link dev.gleaner.extractors.content.CandidateScorer} (block scoring and sibling re-attachment),
 * {@link dev.gleaner.extractors.content.StructuredBody} (markup that names the body),
 * {@link dev.gleaner.extractors.content.BaselineBody} (all paragraph-like text),
 * {@link dev.gleaner.extractors.content.BodyCascade} (the order between them),
 * {@link dev.gleaner.extractors.content.RegionPruner} (chrome inside the chosen body),
 * {@link dev.gleaner.extractors.content.ListingDetector} (home, category, archive and search pages) and
 * {@link dev.gleaner.extractors.content.MetadataReader} (title, authors, times, labels and the rest).
 * Text is rendered by {@link dev.gleaner.extractors.html.TextRenderer}, shared with the Blogger extractor.
 * Rules live in the {@code .rules} resources next to these classes.
 */
@NullMarked
package dev.gleaner.extractors.content;

import org.jspecify.annotations.NullMarked;
