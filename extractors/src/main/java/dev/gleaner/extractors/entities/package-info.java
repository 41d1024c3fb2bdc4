/**
 * Named entities for posts: a trained OpenNLP name finder for people, organisations and places, rule finders for
 * money, percentages and dates, gazetteers, and the merging of mentions into one
 * {@link dev.gleaner.model.Entity} per distinct thing.
 *
 * <p>{@link dev.gleaner.extractors.entities.EntityRecognizer} is the front door (build once, share);
 * {@link dev.gleaner.extractors.entities.EntityEnricher} is the pipeline stage. Users plug in their own OpenNLP
 * models ({@link dev.gleaner.extractors.entities.NameFinderModelFinder}), dictionaries
 * ({@link dev.gleaner.extractors.entities.Gazetteer}) or any {@link dev.gleaner.extractors.entities.MentionFinder}
 * through {@link dev.gleaner.extractors.entities.EntityRecognizer#builder()}.
 */
@NullMarked
package dev.gleaner.extractors.entities;

import org.jspecify.annotations.NullMarked;
