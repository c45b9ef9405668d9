/**
 * Claims: passages of an article that someone asserts, anchored by W3C Web Annotation selectors
 * (quote with prefix and suffix, and start/end offsets in Unicode code points into the stored body),
 * tagged with a speaker from the shared registry, attribution, certainty, annotator confidence and a
 * claim type. Owns the speaker registry, the reader with the highlighter and claim panel, and live
 * updates between people reading the same article.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Claims")
@org.jspecify.annotations.NullMarked
package org.claimdesk.claims;
