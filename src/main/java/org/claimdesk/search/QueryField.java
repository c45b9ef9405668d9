package org.claimdesk.search;

/** A field the query language knows, with examples of its use, for the help next to the query field. */
public record QueryField(String name, String examples) {
}
