package org.claimdesk.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.claimdesk.base.TextFolding;
import org.claimdesk.claims.Claim;
import org.claimdesk.claims.ClaimRecord;
import org.claimdesk.claims.Speaker;

/** A claim as a Lucene document: what is searched, filtered, sorted, counted and shown. */
final class ClaimDocuments {

    private static final int CACHE_LIMIT = 50_000;

    /** The quote keeps its offsets in the postings, for the highlighter. */
    private static final FieldType QUOTE_TYPE = new FieldType(TextField.TYPE_STORED);

    static {
        QUOTE_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        QUOTE_TYPE.freeze();
    }

    private final FacetsConfig facets;
    /** Folding costs more than the rest of a document: names, usernames and enum values repeat, so they are folded once. */
    private final Map<String, List<String>> spellings = new ConcurrentHashMap<>();
    private final Map<String, String> folded = new ConcurrentHashMap<>();

    ClaimDocuments(FacetsConfig facets) {
        this.facets = facets;
    }

    /** The facets' configuration: every dimension holds one value per claim. */
    static FacetsConfig facetsConfig() {
        return new FacetsConfig();
    }

    Document of(ClaimRecord record, int generation) {
        Claim claim = record.claim();
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, String.valueOf(claim.id()), Field.Store.YES));
        doc.add(new NumericDocValuesField(Fields.ID_SORT, claim.id()));
        doc.add(new IntPoint(Fields.GENERATION, generation));

        doc.add(new Field(Fields.QUOTE, claim.anchor().quote(), QUOTE_TYPE));
        if (claim.note() != null) {
            doc.add(new TextField(Fields.NOTE, claim.note(), Field.Store.NO));
        }
        for (String tag : claim.tags()) {
            doc.add(new TextField(Fields.TAG_TEXT, tag, Field.Store.NO));
            keyword(doc, Fields.TAG, tag);
        }
        Speaker speaker = claim.speaker();
        String speakerName = claim.speakerName();
        if (speaker != null) {
            for (String name : names(speaker)) {
                for (String spelling : spellings(name)) {
                    doc.add(new TextField(Fields.SPEAKER, spelling, Field.Store.NO));
                }
            }
            keyword(doc, Fields.SPEAKER_ID, String.valueOf(speaker.id()));
        } else {
            doc.add(new TextField(Fields.SPEAKER, speakerName, Field.Store.NO));
        }
        doc.add(new StoredField(Fields.SPEAKER, speakerName));

        keywordWithLabel(doc, Fields.TYPE, claim.type().name(), claim.type().label());
        keywordWithLabel(doc, Fields.STATUS, claim.status().name(), claim.status().label());
        keywordWithLabel(doc, Fields.ATTRIBUTION, claim.attribution().name(), claim.attribution().label());
        keywordWithLabel(doc, Fields.CERTAINTY, claim.certainty().name(), claim.certainty().label());
        keyword(doc, Fields.ANNOTATOR, claim.createdBy());
        doc.add(new StoredField(Fields.ANNOTATOR, claim.createdBy()));
        if (claim.review() != null) {
            keyword(doc, Fields.REVIEWER, claim.review().by());
        }
        keyword(doc, Fields.ARTICLE_ID, String.valueOf(claim.articleId()));
        doc.add(new StoredField(Fields.ARTICLE_ID, claim.articleId()));

        doc.add(new TextField(Fields.ARTICLE, record.article().title(), Field.Store.YES));
        doc.add(new TextField(Fields.OUTLET, record.article().outlet(), Field.Store.YES));
        if (record.article().publishedOn() != null) {
            doc.add(new LongPoint(Fields.PUBLISHED,
                    record.article().publishedOn().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli()));
        }

        doc.add(new IntPoint(Fields.CONFIDENCE, claim.confidence()));
        doc.add(new NumericDocValuesField(Fields.CONFIDENCE, claim.confidence()));
        doc.add(new StoredField(Fields.CONFIDENCE, claim.confidence()));
        long created = claim.createdAt().toEpochMilli();
        doc.add(new LongPoint(Fields.CREATED, created));
        doc.add(new NumericDocValuesField(Fields.CREATED, created));
        doc.add(new StoredField(Fields.CREATED, created));
        doc.add(new LongPoint(Fields.UPDATED, claim.updatedAt().toEpochMilli()));

        facet(doc, "speaker", speakerName);
        facet(doc, "type", claim.type().name());
        facet(doc, "status", claim.status().name());
        facet(doc, "outlet", record.article().outlet());
        facet(doc, "annotator", claim.createdBy());
        facet(doc, "confidence", ConfidenceBands.of(claim.confidence()));
        try {
            return facets.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> names(Speaker speaker) {
        List<String> names = new ArrayList<>();
        names.add(speaker.name());
        names.addAll(speaker.aliases());
        return names;
    }

    /** A facet value; the facet module also indexes it as the exact term that a facet filter matches. */
    private static void facet(Document doc, String dimension, String value) {
        doc.add(new SortedSetDocValuesFacetField(dimension, value.isEmpty() ? "(none)" : value));
    }

    private List<String> spellings(String name) {
        if (spellings.size() > CACHE_LIMIT) {
            spellings.clear();
        }
        return spellings.computeIfAbsent(name, TextFolding::foldedSpellings);
    }

    private String fold(String value) {
        if (folded.size() > CACHE_LIMIT) {
            folded.clear();
        }
        return folded.computeIfAbsent(value, TextFolding::fold);
    }

    private void keyword(Document doc, String field, String value) {
        doc.add(new StringField(field, fold(value), Field.Store.NO));
    }

    /** An enum under its name and its label, so {@code type:benchmark} and {@code type:"benchmark result"} both match. */
    private void keywordWithLabel(Document doc, String field, String name, String label) {
        keyword(doc, field, name);
        keyword(doc, field, name.replace('_', ' '));
        if (!fold(label).equals(fold(name))) {
            keyword(doc, field, label);
        }
        doc.add(new StoredField(field, name));
    }
}
