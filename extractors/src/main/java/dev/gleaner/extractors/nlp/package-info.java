/**
 * The shared English text-analysis layer on Apache OpenNLP: sentence detection, tokenisation, part-of-speech tagging
 * and lemmatisation with Apache's English models from Maven Central ({@code opennlp-models-*-en} 1.3.0, trained on
 * Universal Dependencies English-EWT).
 *
 * <p>Build one {@link dev.gleaner.extractors.nlp.TextAnalyzer} (it loads the models, which takes a few hundred
 * milliseconds) and share it between every stage and thread that needs it; each call to
 * {@link dev.gleaner.extractors.nlp.TextAnalyzer#analyze(String)} returns an immutable
 * {@link dev.gleaner.extractors.nlp.AnalyzedText} whose tokens point into the input by character offsets.
 * Part-of-speech tags and lemmas are computed on first request, so stages that need only tokens do not pay for them.
 */
@NullMarked
package dev.gleaner.extractors.nlp;

import org.jspecify.annotations.NullMarked;
