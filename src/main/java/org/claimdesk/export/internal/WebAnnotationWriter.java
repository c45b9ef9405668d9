package org.claimdesk.export.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.UUID;
import org.claimdesk.claims.Claim;
import org.claimdesk.claims.ClaimRecord;
import org.claimdesk.claims.TextAnchor;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * W3C Web Annotation JSON-LD, streamed: an {@code AnnotationCollection} whose embedded first {@code AnnotationPage}
 * holds one {@code Annotation} per claim, written as the claims come, and its {@code total} at the end. The mapping
 * is in docs/export-format.md.
 */
public final class WebAnnotationWriter implements ClaimWriter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JsonGenerator json;
    private long total;

    public WebAnnotationWriter(OutputStream out) {
        this.json = JSON.createGenerator(out);
        json.writeStartObject();
        context();
        json.writeStringProperty("id", "urn:uuid:" + UUID.randomUUID());
        json.writeStringProperty("type", "AnnotationCollection");
        json.writeStringProperty("label", "Claims exported from Claimdesk");
        json.writeObjectPropertyStart("generator");
        json.writeStringProperty("id", "urn:claimdesk");
        json.writeStringProperty("type", "Software");
        json.writeStringProperty("name", "Claimdesk");
        json.writeEndObject();
        json.writeStringProperty("generated", Instant.now().toString());
        json.writeObjectPropertyStart("first");
        json.writeStringProperty("type", "AnnotationPage");
        json.writeNumberProperty("startIndex", 0);
        json.writeArrayPropertyStart("items");
    }

    private void context() {
        json.writeArrayPropertyStart("@context");
        json.writeString(WebAnnotation.ANNO_CONTEXT);
        json.writeStartObject();
        json.writeStringProperty("claimdesk", WebAnnotation.VOCABULARY);
        json.writeEndObject();
        json.writeEndArray();
    }

    @Override
    public void write(ClaimRecord record) throws IOException {
        Claim claim = record.claim();
        json.writeStartObject();
        context();
        json.writeStringProperty("id", WebAnnotation.CLAIM_ID + claim.id());
        json.writeStringProperty("type", "Annotation");
        json.writeStringProperty("motivation", "classifying");
        json.writeObjectPropertyStart("creator");
        json.writeStringProperty("type", "Person");
        json.writeStringProperty("nickname", claim.createdBy());
        json.writeEndObject();
        json.writeStringProperty("created", claim.createdAt().toString());
        json.writeStringProperty("modified", claim.updatedAt().toString());
        json.writeStringProperty(WebAnnotation.STATUS, claim.status().name());
        bodies(claim);
        target(record, claim.anchor());
        json.writeEndObject();
        total++;
    }

    private void bodies(Claim claim) {
        json.writeArrayPropertyStart("body");
        if (claim.speaker() != null) {
            json.writeStartObject();
            json.writeStringProperty("type", "TextualBody");
            json.writeStringProperty("purpose", "identifying");
            json.writeStringProperty("value", claim.speaker().name());
            json.writeStringProperty(WebAnnotation.SPEAKER_KIND, claim.speaker().kind().name());
            json.writeEndObject();
        }
        classifying(WebAnnotation.CLAIM_TYPE + claim.type().name());
        classifying(WebAnnotation.ATTRIBUTION + claim.attribution().name());
        classifying(WebAnnotation.CERTAINTY + claim.certainty().name());
        textual("assessing", String.valueOf(claim.confidence()));
        for (String tag : claim.tags()) {
            textual("tagging", tag);
        }
        if (claim.note() != null) {
            textual("commenting", claim.note());
        }
        json.writeEndArray();
    }

    private void classifying(String source) {
        json.writeStartObject();
        json.writeStringProperty("type", "SpecificResource");
        json.writeStringProperty("purpose", "classifying");
        json.writeStringProperty("source", source);
        json.writeEndObject();
    }

    private void textual(String purpose, String value) {
        json.writeStartObject();
        json.writeStringProperty("type", "TextualBody");
        json.writeStringProperty("purpose", purpose);
        json.writeStringProperty("value", value);
        json.writeEndObject();
    }

    private void target(ClaimRecord record, TextAnchor anchor) {
        json.writeObjectPropertyStart("target");
        json.writeStringProperty("type", "SpecificResource");
        json.writeObjectPropertyStart("source");
        json.writeStringProperty("id", WebAnnotation.TEXT_ID + record.article().contentHash());
        json.writeStringProperty("type", "Text");
        json.writeStringProperty("format", "text/plain");
        json.writeStringProperty("language", record.article().language());
        json.writeStringProperty("label", record.article().title());
        json.writeEndObject();
        json.writeArrayPropertyStart("selector");
        json.writeStartObject();
        json.writeStringProperty("type", "TextQuoteSelector");
        json.writeStringProperty("exact", anchor.quote());
        json.writeStringProperty("prefix", anchor.prefix());
        json.writeStringProperty("suffix", anchor.suffix());
        json.writeEndObject();
        json.writeStartObject();
        json.writeStringProperty("type", "TextPositionSelector");
        json.writeNumberProperty("start", anchor.start());
        json.writeNumberProperty("end", anchor.end());
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
    }

    @Override
    public void finish() throws IOException {
        json.writeEndArray();
        json.writeEndObject();
        json.writeNumberProperty("total", total);
        json.writeEndObject();
        json.flush();
    }
}
