package org.claimdesk.search.internal;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.queryparser.flexible.core.QueryNodeException;
import org.apache.lucene.queryparser.flexible.core.QueryNodeParseException;
import org.apache.lucene.queryparser.flexible.standard.StandardQueryParser;
import org.apache.lucene.queryparser.flexible.standard.config.PointsConfig;
import org.apache.lucene.queryparser.flexible.standard.config.StandardQueryConfigHandler;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.claimdesk.search.SearchQuery;

/**
 * Turns what people type into Lucene queries with Lucene's own {@link StandardQueryParser}: words search the quote,
 * note, tags and speaker; fields as in {@link Fields#QUERYABLE}; AND (the default between words), OR, NOT,
 * phrases, wildcards, fuzzy words, ranges of numbers and dates. Anything it cannot read, and fields it does not
 * know, are refused with a message that names the problem.
 */
final class ClaimQueries {

    /** The longest query, in characters. */
    static final int MAX_LENGTH = 100_000;

    private final Analyzer analyzer = Analyzers.perField();

    /** The query and the facet filters together. */
    Query parse(SearchQuery search) {
        Query text = parseText(search.text());
        if (search.filters().isEmpty()) {
            return text;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        search.filters().forEach((dimension, values) -> all.add(filter(dimension, values), BooleanClause.Occur.FILTER));
        return all.build();
    }

    /** The filter of one facet dimension: a hit must have one of {@code values}. */
    static Query filter(String dimension, Set<String> values) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        values.forEach(v -> any.add(new TermQuery(DrillDownQuery.term(FacetsConfig.DEFAULT_INDEX_FIELD_NAME, dimension, v)),
                BooleanClause.Occur.SHOULD));
        return any.build();
    }

    /** The typed query alone; blank means every claim. */
    Query parseText(String typed) {
        String text = withoutControlCharacters(typed).strip();
        if (text.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        if (text.length() > MAX_LENGTH) {
            throw new QueryRefused("This query is too long (%,d characters); a query has at most %,d."
                    .formatted(text.length(), MAX_LENGTH));
        }
        Query query;
        try {
            query = parser().parse(text, null); // no default field: words go to the multi-fields
        } catch (QueryNodeParseException unreadable) {
            throw new QueryRefused(explain(unreadable));
        } catch (QueryNodeException | RuntimeException unreadable) {
            if (causedByTooManyClauses(unreadable)) {
                throw new QueryRefused(TOO_MANY_CLAUSES.formatted(IndexSearcher.getMaxClauseCount()));
            }
            throw new QueryRefused("This query could not be read: " + plain(unreadable.getMessage()));
        }
        checkFields(query);
        return query;
    }

    /** What people read when a query has, or expands into, more clauses than a search may have. */
    static final String TOO_MANY_CLAUSES = "This query has or expands into too many words (more than %,d): make "
            + "wildcards, fuzzy words and regular expressions more specific, or use fewer OR terms.";

    private static boolean causedByTooManyClauses(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof IndexSearcher.TooManyClauses) {
                return true;
            }
        }
        return false;
    }

    private StandardQueryParser parser() {
        StandardQueryParser parser = new StandardQueryParser(analyzer);
        parser.setMultiFields(Fields.FREE_TEXT);
        parser.setDefaultOperator(StandardQueryConfigHandler.Operator.AND);
        parser.setAllowLeadingWildcard(false);
        // Wildcards, prefixes and regular expressions expand into one clause per matching term, so that one that
        // matches too many terms is stopped by the clause limit instead of running over the whole index.
        parser.setMultiTermRewriteMethod(MultiTermQuery.SCORING_BOOLEAN_REWRITE);
        Map<String, PointsConfig> points = new HashMap<>();
        points.put(Fields.CONFIDENCE, new PointsConfig(StrictFormats.integer(), Integer.class));
        for (String date : Fields.DATE_FIELDS) {
            points.put(date, new PointsConfig(StrictFormats.date(), Long.class));
        }
        parser.setPointsConfigMap(points);
        return parser;
    }

    private static void checkFields(Query query) {
        Set<String> named = new LinkedHashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                named.add(field);
                return true;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        for (String field : named) {
            if (!Fields.QUERYABLE.containsKey(field) && !field.equals(Fields.TAG_TEXT)) {
                throw new QueryRefused("There is no field “%s:”. Fields: %s.".formatted(field,
                        String.join(", ", Fields.QUERYABLE.keySet())));
            }
        }
    }

    private static String explain(QueryNodeParseException e) {
        String message = plain(e.getMessage());
        if (message.contains("Leading wildcard")) {
            return "A word cannot start with * or ? (it would have to look at every word in the index). "
                    + "Put some letters first, e.g. benchm*.";
        }
        if (message.contains("Could not parse") || message.contains("could not be parsed")) {
            return "A range needs numbers or dates, e.g. confidence:[70 TO 100] or created:[2026-01-01 TO *]. "
                    + message;
        }
        return "This query could not be read near column " + Math.max(1, e.getBeginColumn() + 1)
                + ": check brackets, quotes and field names. (" + message + ")";
    }

    /** Lucene's messages, without its Java-style class names and on one line. */
    private static String plain(String message) {
        if (message == null) {
            return "";
        }
        String line = message.replaceAll("\\s+", " ").strip();
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    private static String withoutControlCharacters(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (!Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                kept.appendCodePoint(Character.isWhitespace(cp) ? ' ' : cp);
            }
        });
        return kept.toString();
    }
}
