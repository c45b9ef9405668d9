package org.claimdesk.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.claimdesk.ClaimdeskTest;
import org.claimdesk.TestUsers;
import org.claimdesk.articles.Article;
import org.claimdesk.articles.ArticleService;
import org.claimdesk.articles.NewArticle;
import org.claimdesk.claims.Attribution;
import org.claimdesk.claims.Claim;
import org.claimdesk.claims.ClaimFields;
import org.claimdesk.claims.ClaimRecords;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimType;
import org.claimdesk.claims.Speaker;
import org.claimdesk.claims.SpeakerCertainty;
import org.claimdesk.claims.SpeakerFields;
import org.claimdesk.claims.SpeakerKind;
import org.claimdesk.claims.SpeakerService;
import org.claimdesk.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Importing Web Annotation JSON-LD: the round trip, dry runs, all or nothing, and bad files changing nothing. */
@ClaimdeskTest
class ImportServiceTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired ImportService imports;
    @Autowired ExportService exports;
    @Autowired ArticleService articles;
    @Autowired ClaimService claims;
    @Autowired SpeakerService speakers;
    @Autowired ClaimRecords records;
    @Autowired TestUsers users;

    Article article;
    Speaker speaker;

    @BeforeEach
    void setUp() {
        users.signIn(Role.ANNOTATOR);
        String marker = "zi" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        article = articles.create(new NewArticle("Import " + marker, "Wire", null, null, null, "en",
                "👩‍🔬 The lab said the model " + marker + " is ready, \"really\".\n"
                        + "Critics warned the results could not be checked.\n"
                        + "Analysts predicted profits would double by 2027."));
        speaker = speakers.create(SpeakerFields.named("Ada Import " + marker, SpeakerKind.PERSON));
        claim("👩‍🔬 The lab said the model", ClaimType.RELEASE, 80, List.of("a;b", "launch"), "=1+1, \"quoted\"\nline");
        claim("Critics warned", ClaimType.OTHER, 20, List.of(), null);
        users.signIn(Role.REVIEWER);
        claim("profits would double", ClaimType.PREDICTION, 65, List.of("money"), "check");
        users.signIn(Role.EDITOR);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    void claim(String quote, ClaimType type, int confidence, List<String> tags, String note) {
        claims.create(Passages.claimOn(article, quote, new ClaimFields(speaker.id(), Attribution.REPORTED,
                SpeakerCertainty.SPECULATIVE, confidence, type, tags, note)));
    }

    byte[] exported() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.article(article.id(), ExportFormat.WEB_ANNOTATION, ExportOptions.DEFAULT).writeTo(out,
                ExportProgress.NONE);
        return out.toByteArray();
    }

    /** The annotations of an export, ids and times aside. */
    static List<JsonNode> withoutIdsAndTimes(byte[] file) {
        List<JsonNode> items = new java.util.ArrayList<>();
        JSON.readTree(file).path("first").path("items").forEach(item -> {
            ObjectNode copy = (ObjectNode) item.deepCopy();
            copy.remove(List.of("id", "created", "modified"));
            items.add(copy);
        });
        return items;
    }

    void deleteArticleClaims() {
        for (Claim c : claims.forArticle(article.id())) {
            claims.delete(c.id(), c.version());
        }
    }

    ImportReport importing(byte[] file, ImportMode mode) {
        return imports.importAnnotations(new ByteArrayInputStream(file), mode);
    }

    static byte[] bytes(JsonNode json) {
        return JSON.writeValueAsBytes(json);
    }

    @Test
    void export_then_import_into_a_claimdesk_without_those_claims_then_export_gives_the_same_annotations()
            throws IOException {
        byte[] before = exported();
        deleteArticleClaims();

        ImportReport report = importing(before, ImportMode.ALL_OR_NOTHING);

        assertThat(report.problems()).isEmpty();
        assertThat(report.applied()).isTrue();
        assertThat(report.claims()).isEqualTo(3);
        assertThat(report.summary()).isEqualTo("Imported 3 claims.");
        assertThat(withoutIdsAndTimes(exported())).containsExactlyElementsOf(withoutIdsAndTimes(before));
        assertThat(claims.forArticle(article.id())).extracting(Claim::createdBy)
                .containsExactlyInAnyOrder("annotator", "annotator", "reviewer");
    }

    @Test
    void a_dry_run_reports_what_would_happen_and_changes_nothing() throws IOException {
        byte[] file = exported();
        deleteArticleClaims();
        long claimsBefore = records.count();

        ImportReport report = importing(file, ImportMode.DRY_RUN);

        assertThat(report.applied()).isFalse();
        assertThat(report.claims()).isEqualTo(3);
        assertThat(report.summary()).isEqualTo("Dry run: 3 claims would be created; nothing was changed.");
        assertThat(records.count()).isEqualTo(claimsBefore);
    }

    @Test
    void one_bad_annotation_stops_an_all_or_nothing_import_and_only_it_is_left_out_of_an_import_of_the_valid()
            throws IOException {
        JsonNode file = JSON.readTree(exported());
        deleteArticleClaims();
        ArrayNode items = (ArrayNode) file.path("first").path("items");
        ObjectNode position = (ObjectNode) items.get(1).path("target").path("selector").get(1);
        position.put("start", position.path("start").asInt() + 1);
        long claimsBefore = records.count();

        ImportReport none = importing(bytes(file), ImportMode.ALL_OR_NOTHING);

        assertThat(none.applied()).isFalse();
        assertThat(none.problems()).singleElement().satisfies(p -> {
            assertThat(p.position()).isEqualTo(2);
            assertThat(p.reason()).startsWith("Its quote does not match the article");
        });
        assertThat(records.count()).isEqualTo(claimsBefore);

        ImportReport valid = importing(bytes(file), ImportMode.VALID_ONLY);

        assertThat(valid.applied()).isTrue();
        assertThat(valid.claims()).isEqualTo(2);
        assertThat(claims.forArticle(article.id())).hasSize(2);
    }

    @Test
    void bad_files_get_a_clear_report_and_change_nothing() throws IOException {
        JsonNode good = JSON.readTree(exported());
        long claimsBefore = records.count();

        assertThat(refusal(importing("{\"type\": \"AnnotationCollection\", ".getBytes(StandardCharsets.UTF_8),
                ImportMode.ALL_OR_NOTHING))).startsWith("The file is not valid JSON (line 1");
        assertThat(refusal(importing("{\"name\": \"a list\", \"rows\": [1, 2]}".getBytes(StandardCharsets.UTF_8),
                ImportMode.ALL_OR_NOTHING))).startsWith("This is not W3C Web Annotation JSON-LD");
        assertThat(refusal(importing("[{\"type\": \"Note\"}]".getBytes(StandardCharsets.UTF_8),
                ImportMode.ALL_OR_NOTHING))).contains("not an Annotation");

        ObjectNode unknown = (ObjectNode) good.deepCopy();
        ((ObjectNode) unknown.path("first").path("items").get(0).path("target").path("source"))
                .put("id", "urn:sha256:" + "0".repeat(64));
        assertThat(refusal(importing(bytes(unknown), ImportMode.ALL_OR_NOTHING)))
                .startsWith("It points to an article whose text is not in Claimdesk");

        ObjectNode outside = (ObjectNode) good.deepCopy();
        ((ObjectNode) outside.path("first").path("items").get(0).path("target").path("selector").get(1))
                .put("end", 1_000_000);
        assertThat(refusal(importing(bytes(outside), ImportMode.ALL_OR_NOTHING))).contains("lies outside the article");

        ObjectNode mismatch = (ObjectNode) good.deepCopy();
        ((ObjectNode) mismatch.path("first").path("items").get(0).path("target").path("selector").get(0))
                .put("exact", "something else entirely");
        assertThat(refusal(importing(bytes(mismatch), ImportMode.ALL_OR_NOTHING)))
                .startsWith("Its quote does not match the article");

        assertThat(refusal(imports.importAnnotations(fiftyMegabytes(), ImportMode.ALL_OR_NOTHING)))
                .isEqualTo("The file is larger than 5 MB, the most Claimdesk imports at once. Split it.");

        assertThat(records.count()).isEqualTo(claimsBefore);
    }

    static String refusal(ImportReport report) {
        assertThat(report.applied()).isFalse();
        assertThat(report.problems()).isNotEmpty();
        return report.problems().getFirst().reason();
    }

    /** 50 MB of a JSON array, made as it is read. */
    static InputStream fiftyMegabytes() {
        return new InputStream() {
            long left = 50L << 20;

            @Override
            public int read() {
                if (left-- <= 0) {
                    return -1;
                }
                return left == (50L << 20) - 1 ? '[' : ' ';
            }
        };
    }
}
