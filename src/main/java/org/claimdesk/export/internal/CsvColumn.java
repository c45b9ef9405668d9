package org.claimdesk.export.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.function.Function;
import org.claimdesk.claims.Claim;
import org.claimdesk.claims.ClaimRecord;
import org.claimdesk.claims.ClaimReview;
import org.claimdesk.claims.Speaker;
import org.jspecify.annotations.Nullable;

/**
 * The CSV columns, in file order, and how each is read from a claim: the one place that maps a claim to a row. The
 * header is the constant's name in lower case. Version {@value #VERSION} of the list in docs/export-format.md: add
 * columns at the end and raise the version; never rename or reorder.
 */
public enum CsvColumn {
    CLAIM_ID(r -> String.valueOf(r.claim().id())),
    ARTICLE_ID(r -> String.valueOf(r.claim().articleId())),
    ARTICLE_TITLE(r -> r.article().title()),
    ARTICLE_URL(r -> text(r.article().url())),
    OUTLET(r -> r.article().outlet()),
    ARTICLE_PUBLISHED(r -> r.article().publishedOn() == null ? "" : r.article().publishedOn().toString()),
    QUOTE(r -> r.claim().anchor().quote()),
    PREFIX(r -> r.claim().anchor().prefix()),
    SUFFIX(r -> r.claim().anchor().suffix()),
    START_CP(r -> String.valueOf(r.claim().anchor().start())),
    END_CP(r -> String.valueOf(r.claim().anchor().end())),
    SPEAKER(r -> speaker(r.claim(), Speaker::name)),
    SPEAKER_ID(r -> speaker(r.claim(), s -> String.valueOf(s.id()))),
    SPEAKER_KIND(r -> speaker(r.claim(), s -> s.kind().name())),
    ATTRIBUTION(r -> r.claim().attribution().name()),
    SPEAKER_CERTAINTY(r -> r.claim().certainty().name()),
    ANNOTATOR_CONFIDENCE(r -> String.valueOf(r.claim().confidence())),
    CLAIM_TYPE(r -> r.claim().type().name()),
    TAGS(r -> TagList.join(r.claim().tags())),
    NOTE(r -> text(r.claim().note())),
    STATUS(r -> r.claim().status().name()),
    ANNOTATOR(r -> r.claim().createdBy()),
    // The latest review step: a decision, or an editor's reopening (then the status is SUBMITTED again).
    REVIEWER(r -> review(r.claim(), ClaimReview::by)),
    REVIEW_REASON(r -> review(r.claim(), v -> v.reason() == null ? "" : v.reason().name())),
    REVIEWED_AT(r -> review(r.claim(), v -> time(v.at()))),
    CREATED_AT(r -> time(r.claim().createdAt())),
    UPDATED_AT(r -> time(r.claim().updatedAt())),
    REVIEW_COMMENT(r -> review(r.claim(), v -> text(v.comment())));

    /** The version of this column list, as docs/export-format.md documents it. */
    public static final int VERSION = 2;

    private final Function<ClaimRecord, String> value;

    CsvColumn(Function<ClaimRecord, String> value) {
        this.value = value;
    }

    public String header() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String valueOf(ClaimRecord record) {
        return value.apply(record);
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static String speaker(Claim claim, Function<Speaker, String> part) {
        return claim.speaker() == null ? "" : part.apply(claim.speaker());
    }

    private static String review(Claim claim, Function<ClaimReview, String> part) {
        return claim.review() == null ? "" : part.apply(claim.review());
    }

    private static String time(Instant instant) {
        return instant.toString();
    }
}
