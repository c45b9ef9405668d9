package org.claimdesk.search.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The index's fields. The query language uses the friendly names users type ({@code speaker:}, {@code type:});
 * most are stored under the same name. Raise {@link #SCHEMA} whenever what is indexed changes: an index of an older
 * schema is rebuilt at start-up.
 */
final class Fields {

    /** Version of what a document holds; stamped into every commit. */
    static final int SCHEMA = 3;

    // Identity and sorting
    static final String ID = "id";                  // keyword, for updates and deletes
    static final String ID_SORT = "id_sort";        // doc values: the tie-breaker of every order
    static final String GENERATION = "gen";         // int point: which rebuild wrote the document

    // Analysed text
    static final String QUOTE = "quote";
    static final String NOTE = "note";
    static final String TAG_TEXT = "tags";          // tags as words, for free text
    static final String SPEAKER = "speaker";        // name and aliases as words, folded
    static final String ARTICLE = "article";        // the article's title as words
    static final String OUTLET = "outlet";          // the outlet as words

    // Folded keywords (the whole value is one term: enum names and labels, tags, usernames)
    static final String TAG = "tag";
    static final String TYPE = "type";
    static final String STATUS = "status";
    static final String ATTRIBUTION = "attribution";
    static final String CERTAINTY = "certainty";
    static final String ANNOTATOR = "annotator";
    static final String REVIEWER = "reviewer";
    static final String SPEAKER_ID = "speakerid";
    static final String ARTICLE_ID = "articleid";

    // Numbers and dates (points for ranges, doc values for sorting)
    static final String CONFIDENCE = "confidence";
    static final String CREATED = "created";
    static final String UPDATED = "updated";
    static final String PUBLISHED = "published";

    /** Fields that free text (no field named) searches. */
    static final String[] FREE_TEXT = {QUOTE, NOTE, TAG_TEXT, SPEAKER};

    /** Fields whose whole value is one folded term. */
    static final Set<String> KEYWORDS = Set.of(TAG, TYPE, STATUS, ATTRIBUTION, CERTAINTY, ANNOTATOR, REVIEWER,
            SPEAKER_ID, ARTICLE_ID);

    /** Every field a query may name, as users write it, with an example for the help. */
    static final Map<String, String> QUERYABLE = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>() {{
        put(SPEAKER, "speaker:zuckerberg  speaker:\"Mark Zuckerberg\"");
        put(TYPE, "type:prediction  type:\"benchmark result\"");
        put(STATUS, "status:draft  status:approved");
        put(TAG, "tag:llama");
        put(OUTLET, "outlet:techcrunch");
        put(ARTICLE, "article:behemoth (words of the title)");
        put(ANNOTATOR, "annotator:annotator");
        put(REVIEWER, "reviewer:reviewer");
        put(ATTRIBUTION, "attribution:paraphrase  attribution:\"direct quote\"");
        put(CERTAINTY, "certainty:hedged");
        put(CONFIDENCE, "confidence:[70 TO 100]  confidence:{* TO 50}");
        put(CREATED, "created:[2026-01-01 TO *]");
        put(UPDATED, "updated:[2026-11-01 TO 2026-11-30]");
        put(PUBLISHED, "published:[2025-06-01 TO 2025-06-30]");
        put(QUOTE, "quote:\"open source\"");
        put(NOTE, "note:check");
        put(SPEAKER_ID, "speakerid:42");
        put(ARTICLE_ID, "articleid:7");
    }});

    static final List<String> DATE_FIELDS = List.of(CREATED, UPDATED, PUBLISHED);

    private Fields() {
    }
}
