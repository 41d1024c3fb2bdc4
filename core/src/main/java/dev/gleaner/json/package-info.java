/**
 * JSON and JSON Lines for the model, through Jackson: {@link dev.gleaner.json.GleanerJson} (configured readers and
 * writers), {@link dev.gleaner.json.GleanerModule} (to add to your own mapper) and
 * {@link dev.gleaner.json.JsonLinesWriter}. The JSON Schema of a post ships as
 * {@code /dev/gleaner/json/post.schema.json}.
 */
@NullMarked
package dev.gleaner.json;

import org.jspecify.annotations.NullMarked;
