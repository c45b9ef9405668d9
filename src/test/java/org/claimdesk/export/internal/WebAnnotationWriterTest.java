package org.claimdesk.export.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.claimdesk.claims.ClaimRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON-LD against what the W3C Web Annotation Data Model requires of each part. */
class WebAnnotationWriterTest {

    static JsonNode write(List<ClaimRecord> records) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WebAnnotationWriter writer = new WebAnnotationWriter(out);
        for (ClaimRecord r : records) {
            writer.write(r);
        }
        writer.finish();
        return JsonMapper.builder().build().readTree(out.toByteArray());
    }

    static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.path(field).asString()));
        return values;
    }

    @Test
    void the_collection_has_a_context_an_id_its_type_a_page_with_every_annotation_and_the_total() throws IOException {
        JsonNode collection = write(List.of(CsvWriterTest.record(1, "first", List.of()),
                CsvWriterTest.record(2, "second", List.of())));

        assertThat(collection.path("@context").get(0).asString()).isEqualTo("http://www.w3.org/ns/anno.jsonld");
        assertThat(collection.path("id").asString()).startsWith("urn:uuid:");
        assertThat(collection.path("type").asString()).isEqualTo("AnnotationCollection");
        assertThat(collection.path("total").asLong()).isEqualTo(2);
        JsonNode page = collection.path("first");
        assertThat(page.path("type").asString()).isEqualTo("AnnotationPage");
        assertThat(page.path("startIndex").asInt()).isZero();
        assertThat(texts(page.path("items"), "id")).containsExactly("urn:claimdesk:claim:1", "urn:claimdesk:claim:2");
    }

    @Test
    void each_annotation_has_the_required_fields_a_target_with_both_selectors_and_typed_bodies() throws IOException {
        ClaimRecord record = CsvWriterTest.record(5, "say \"it\", 👩‍🔬\r\nnow", List.of("a;b", "second"));

        JsonNode annotation = write(List.of(record)).path("first").path("items").get(0);

        assertThat(annotation.path("@context").get(0).asString()).isEqualTo("http://www.w3.org/ns/anno.jsonld");
        assertThat(annotation.path("id").asString()).isEqualTo("urn:claimdesk:claim:5");
        assertThat(annotation.path("type").asString()).isEqualTo("Annotation");
        assertThat(annotation.path("creator").path("nickname").asString()).isEqualTo("annotator");
        assertThat(Instant.parse(annotation.path("created").asString())).isEqualTo(record.claim().createdAt());
        assertThat(Instant.parse(annotation.path("modified").asString())).isEqualTo(record.claim().updatedAt());

        JsonNode target = annotation.path("target");
        assertThat(target.path("source").path("id").asString()).isEqualTo("urn:sha256:" + "ab".repeat(32));
        assertThat(target.path("source").path("type").asString()).isEqualTo("Text");
        JsonNode quote = target.path("selector").get(0);
        assertThat(quote.path("type").asString()).isEqualTo("TextQuoteSelector");
        assertThat(quote.path("exact").asString()).isEqualTo(record.claim().anchor().quote());
        assertThat(quote.path("prefix").asString()).isEqualTo(record.claim().anchor().prefix());
        assertThat(quote.path("suffix").asString()).isEqualTo(record.claim().anchor().suffix());
        JsonNode position = target.path("selector").get(1);
        assertThat(position.path("type").asString()).isEqualTo("TextPositionSelector");
        assertThat(position.path("start").isInt()).isTrue();
        assertThat(position.path("start").asInt()).isEqualTo(10);
        assertThat(position.path("end").asInt()).isEqualTo(20);

        JsonNode bodies = annotation.path("body");
        assertThat(texts(bodies, "purpose")).containsExactly("identifying", "classifying", "classifying",
                "classifying", "assessing", "tagging", "tagging", "commenting");
        bodies.forEach(body -> {
            String type = body.path("type").asString();
            assertThat(type).isIn("TextualBody", "SpecificResource");
            assertThat(body.has(type.equals("TextualBody") ? "value" : "source")).as(body.toString()).isTrue();
        });
        assertThat(texts(bodies, "source")).contains("urn:claimdesk:claim-type:PREDICTION",
                "urn:claimdesk:attribution:PARAPHRASE", "urn:claimdesk:certainty:HEDGED");
        assertThat(texts(bodies, "value")).contains("55", "a;b", "second", record.claim().note(),
                record.claim().speaker().name());
    }
}
