package org.claimdesk.export.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.claimdesk.articles.ArticleCard;
import org.claimdesk.claims.Attribution;
import org.claimdesk.claims.Claim;
import org.claimdesk.claims.ClaimReview;
import org.claimdesk.claims.ReviewReason;
import org.claimdesk.claims.ClaimRecord;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.claims.ClaimType;
import org.claimdesk.claims.Speaker;
import org.claimdesk.claims.SpeakerCertainty;
import org.claimdesk.claims.SpeakerKind;
import org.claimdesk.claims.TextAnchor;
import org.claimdesk.export.ExportOptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The CSV file itself: what a spreadsheet or a CSV parser reads back from it. */
class CsvWriterTest {

    static final List<String> NASTY = List.of(
            "plain", "with \"quotes\" inside", "\"starts with a quote", "comma, comma", "two\r\nlines (CRLF)",
            "line\nfeed", "carriage\rreturn", "emoji 👩‍🔬 and 🇪🇺, astral 𝔘", "=HYPERLINK(\"http://evil\",\"x\")",
            "+1+1", "-2+3", "@SUM(A1)", "\tleading tab", "\rleading CR", "'already quoted", "", " spaces ",
            "semi;colon", "back\\slash");

    static ClaimRecord record(long id, String text, List<String> tags) {
        Speaker speaker = new Speaker(3, text.isEmpty() ? "x" : text, List.of(), SpeakerKind.PERSON, null, null, null, 0);
        Claim claim = new Claim(id, 7, new TextAnchor(10, 20, text.isEmpty() ? "q" : text, text, text), speaker,
                Attribution.PARAPHRASE, SpeakerCertainty.HEDGED, 55, ClaimType.PREDICTION, tags, text.isEmpty() ? null : text,
                ClaimStatus.DRAFT, "annotator", Instant.parse("2026-12-01T10:15:30.123Z"), "editor",
                Instant.parse("2026-12-02T08:00:00Z"), 2, Instant.parse("2026-12-02T07:00:00Z"),
                text.isEmpty() ? null : new ClaimReview("reviewer", Instant.parse("2026-12-02T09:30:00Z"),
                        ReviewReason.WRONG_SPEAKER, text));
        return new ClaimRecord(claim, new ArticleCard(7, text, "Outlet, " + text, "https://example.org/a?b=1,2",
                LocalDate.of(2026, 11, 30), "en", "ab".repeat(32)));
    }

    static String write(ExportOptions options, List<ClaimRecord> records) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter writer = new CsvWriter(out, options);
        for (ClaimRecord r : records) {
            writer.write(r);
        }
        writer.finish();
        return out.toString(StandardCharsets.UTF_8);
    }

    static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))
                .getRecords();
    }

    List<ClaimRecord> nastyRecords() {
        return java.util.stream.IntStream.range(0, NASTY.size())
                .mapToObj(i -> record(i + 1, NASTY.get(i), List.of(NASTY.get(i).isEmpty() ? "t" : NASTY.get(i), "second")))
                .toList();
    }

    @Test
    void parsing_the_raw_file_back_gives_exactly_the_stored_values_of_every_column() throws IOException {
        List<ClaimRecord> records = nastyRecords();

        List<CSVRecord> rows = parse(write(new ExportOptions(false, false), records));

        assertThat(rows).hasSize(records.size());
        for (int i = 0; i < rows.size(); i++) {
            for (CsvColumn column : CsvColumn.values()) {
                assertThat(rows.get(i).get(column.header())).as("%s of row %d", column.header(), i)
                        .isEqualTo(column.valueOf(records.get(i)));
            }
            assertThat(rows.get(i).get("quote")).isEqualTo(records.get(i).claim().anchor().quote());
            assertThat(TagList.split(rows.get(i).get("tags"))).isEqualTo(records.get(i).claim().tags());
        }
    }

    @Test
    void with_formulas_neutralised_no_cell_starts_a_formula_and_dropping_one_leading_apostrophe_restores_it()
            throws IOException {
        List<ClaimRecord> records = nastyRecords();

        List<CSVRecord> rows = parse(write(ExportOptions.DEFAULT, records));

        for (int i = 0; i < rows.size(); i++) {
            for (CsvColumn column : CsvColumn.values()) {
                String cell = rows.get(i).get(column.header());
                assertThat(cell).as("%s of row %d", column.header(), i).doesNotStartWith("=").doesNotStartWith("+")
                        .doesNotStartWith("-").doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
                assertThat(Formulas.restore(cell)).isEqualTo(column.valueOf(records.get(i)));
            }
        }
        assertThat(rows.get(8).get("note")).isEqualTo("'=HYPERLINK(\"http://evil\",\"x\")");
        assertThat(rows.get(14).get("note")).isEqualTo("''already quoted");
    }

    @Test
    void the_file_is_rfc_4180_with_the_documented_header_and_a_byte_order_mark_only_when_asked() throws IOException {
        String plain = write(ExportOptions.DEFAULT, List.of(record(1, "plain", List.of())));
        String excel = write(new ExportOptions(true, true), List.of(record(1, "plain", List.of())));

        assertThat(plain).startsWith("claim_id,article_id,article_title,article_url,outlet,article_published,quote,"
                + "prefix,suffix,start_cp,end_cp,speaker,speaker_id,speaker_kind,attribution,speaker_certainty,"
                + "annotator_confidence,claim_type,tags,note,status,annotator,reviewer,review_reason,reviewed_at,"
                + "created_at,updated_at,review_comment\r\n");
        assertThat(plain).endsWith("\r\n").doesNotStartWith("\uFEFF");
        assertThat(excel).isEqualTo("\uFEFF" + plain);
        assertThat(parse(plain).getFirst().toMap()).containsEntry("created_at", "2026-12-01T10:15:30.123Z")
                .containsEntry("article_published", "2026-11-30").containsEntry("claim_type", "PREDICTION")
                .containsEntry("annotator_confidence", "55").containsEntry("status", "DRAFT")
                .containsEntry("reviewer", "reviewer").containsEntry("review_reason", "WRONG_SPEAKER")
                .containsEntry("reviewed_at", "2026-12-02T09:30:00Z").containsEntry("review_comment", "plain");
        assertThat(parse(write(ExportOptions.DEFAULT, List.of(record(2, "", List.of())))).getFirst().toMap())
                .containsEntry("reviewer", "").containsEntry("review_reason", "").containsEntry("review_comment", "");
    }

    @Test
    void tags_with_separators_and_backslashes_come_back_exactly() {
        List<String> tags = List.of("a;b", "c\\", "\\;", ";", "plain", "d\\\\;e");

        assertThat(TagList.split(TagList.join(tags))).isEqualTo(tags);
        assertThat(TagList.join(List.of("a;b", "c"))).isEqualTo("a\\;b;c");
        assertThat(TagList.split("")).isEmpty();
        assertThat(Arrays.asList(CsvColumn.values())).hasSize(28);
    }
}
