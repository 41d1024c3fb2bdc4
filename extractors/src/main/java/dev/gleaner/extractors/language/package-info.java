/**
 * Language identification of post text when the markup declares no language:
 * {@link dev.gleaner.extractors.language.LanguageIdentifier} on Apache OpenNLP's language-detector model
 * ({@code org.apache.opennlp:opennlp-models-langdetect}, Apache-2.0), ISO 639-3 codes mapped to BCP-47 tags.
 */
@NullMarked
package dev.gleaner.extractors.language;

import org.jspecify.annotations.NullMarked;
