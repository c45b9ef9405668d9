package org.claimdesk.search.internal;

/** A query that cannot be run, with what to tell the person who typed it. */
final class QueryRefused extends RuntimeException {

    QueryRefused(String message) {
        super(message);
    }
}
