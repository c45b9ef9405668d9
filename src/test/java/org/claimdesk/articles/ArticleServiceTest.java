package org.claimdesk.articles;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.claimdesk.ClaimdeskTest;
import org.claimdesk.TestUsers;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ClaimdeskTest
class ArticleServiceTest {

    @Autowired ArticleService articles;
    @Autowired ArticleRepository repository;
    @Autowired TestUsers users;

    @BeforeEach
    void signIn() {
        users.signIn(Role.ANNOTATOR);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    static NewArticle article(String title, String body) {
        return new NewArticle(title, "The Test Gazette", "https://example.org/a", "A. Writer", null, "en", body);
    }

    static String uniqueBody() {
        return "A unique paragraph " + UUID.randomUUID() + ".\nSecond paragraph.";
    }

    @Test
    void annotator_adds_an_article_that_can_be_read_back() {
        String body = uniqueBody();
        Article created = articles.create(article("Lab delays model", body));

        Article read = articles.find(created.id()).orElseThrow();
        assertThat(read.title()).isEqualTo("Lab delays model");
        assertThat(read.body()).isEqualTo(body);
        assertThat(read.createdBy()).isEqualTo("annotator");
        assertThat(read.language()).isEqualTo("en");
    }

    @Test
    void content_hash_is_the_sha256_of_the_stored_body() {
        String body = uniqueBody();
        Article created = articles.create(article("Hashed", body));
        assertThat(created.contentHash()).hasSize(64).isEqualTo(ArticleText.sha256(body));
        // 'abc' is the classic SHA-256 test vector
        assertThat(ArticleText.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void body_is_stored_nfc_normalised_with_lf_line_endings() {
        String id = UUID.randomUUID().toString();
        String decomposed = "Cafe\u0301 " + id + "\r\nRe\u0301sume\u0301\rend";
        Article created = articles.create(article("Normalised", decomposed));

        String stored = articles.find(created.id()).orElseThrow().body();
        assertThat(stored).isEqualTo("Caf\u00e9 " + id + "\nR\u00e9sum\u00e9\nend");
        assertThat(stored).doesNotContain("\r");
    }

    @Test
    void emoji_and_right_to_left_text_are_stored_exactly() {
        String body = "👩‍🔬 researchers say " + UUID.randomUUID() + "\nقال الباحثون إن النموذج 🚀 جاهز\nשלום";
        Article created = articles.create(article("Unicode", body));
        assertThat(articles.find(created.id()).orElseThrow().body()).isEqualTo(body);
    }

    @Test
    void the_same_text_twice_is_refused_with_a_link_to_the_first_and_nothing_is_created() {
        String body = uniqueBody();
        Article first = articles.create(article("First", body));
        long before = repository.count();

        assertThatThrownBy(() -> articles.create(article("Second", body.replace("\n", "\r\n"))))
                .isInstanceOfSatisfying(DuplicateArticleException.class, e -> {
                    assertThat(e.existingId()).isEqualTo(first.id());
                    assertThat(e.existingTitle()).isEqualTo("First");
                    assertThat(e.match()).isEqualTo(DuplicateArticleException.Match.SAME_TEXT);
                    assertThat(e.getMessage()).isEqualTo("This text is already in Claimdesk as “First” (the same text).");
                });
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void the_demo_text_with_one_trailing_newline_is_refused_as_a_near_duplicate() {
        long demo = repository.findByContentHash(DemoArticles.contentHash()).orElseThrow().id();
        long before = repository.count();

        assertThatThrownBy(() -> articles.create(article("Demo again", DemoArticles.body() + "\n")))
                .isInstanceOfSatisfying(DuplicateArticleException.class, e -> {
                    assertThat(e.existingId()).isEqualTo(demo);
                    assertThat(e.match()).isEqualTo(DuplicateArticleException.Match.SAME_APART_FROM_SPACING);
                    assertThat(e.getMessage()).endsWith("(the same text apart from spacing and blank lines).");
                });
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void text_copied_from_the_reader_with_blank_lines_and_other_spacing_is_a_near_duplicate() {
        String id = UUID.randomUUID().toString();
        Article first = articles.create(article("Original", "First paragraph " + id + ".\nSecond  paragraph.\nThird."));

        for (String copy : new String[] {
            "First paragraph " + id + ".\n\nSecond  paragraph.\n\nThird.\n",
            "  First paragraph\u00A0" + id + ".\r\n \t\r\nSecond paragraph. \nThird.",
        }) {
            assertThatThrownBy(() -> articles.create(article("Copy", copy)))
                    .isInstanceOfSatisfying(DuplicateArticleException.class, e -> {
                        assertThat(e.existingId()).isEqualTo(first.id());
                        assertThat(e.match()).isEqualTo(DuplicateArticleException.Match.SAME_APART_FROM_SPACING);
                    });
        }
        // Different words or paragraphs are a different text.
        articles.create(article("Changed", "First paragraph " + id + ".\nSecond paragraph, changed.\nThird."));
        articles.create(article("Joined", "First paragraph " + id + ". Second paragraph.\nThird."));
    }

    @Test
    void a_text_is_stored_as_given_while_duplicates_are_found_on_its_folded_form() {
        String body = "  Indented " + UUID.randomUUID() + "\n\n\nwith  double  spaces\u00A0and blank lines.\n";
        Article created = articles.create(article("As given", body));
        assertThat(articles.find(created.id()).orElseThrow().body()).isEqualTo(body);
    }

    @Test
    void bodies_and_titles_of_only_invisible_characters_are_refused_and_nothing_is_stored() {
        long before = repository.count();
        for (String invisible : new String[] {"\u00A0\u00A0\n\u00A0", "\u200B\u200B", "\uFEFF", "\u2060\u180E\u3164"}) {
            assertThatThrownBy(() -> articles.create(article("Invisible", invisible)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("body");
                        assertThat(e.getMessage()).contains("invisible characters");
                    });
        }
        assertThatThrownBy(() -> articles.create(article("\u200B\u00A0", uniqueBody())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("title"));
        assertThatThrownBy(() -> articles.create(new NewArticle("T", "\uFEFF", null, null, null, "en", uniqueBody())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("outlet"));
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void empty_title_and_empty_body_are_refused_at_their_fields() {
        assertThatThrownBy(() -> articles.create(article("   ", uniqueBody())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("title");
                    assertThat(e.getMessage()).isEqualTo("Title is required.");
                });
        assertThatThrownBy(() -> articles.create(article("Title", " \n\r\n ")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("body"));
    }

    @Test
    void a_title_of_ten_thousand_characters_is_refused_and_nothing_is_stored() {
        long before = repository.count();
        assertThatThrownBy(() -> articles.create(article("x".repeat(10_000), uniqueBody())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("title");
                    assertThat(e.getMessage()).contains("10,000").contains("500");
                });
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void a_body_over_one_megabyte_is_refused() {
        String big = "é".repeat(ArticleLimits.MAX_BODY_BYTES / 2 + 1); // 2 bytes each in UTF-8
        assertThat(big.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(ArticleLimits.MAX_BODY_BYTES);
        assertThatThrownBy(() -> articles.create(article("Big", big)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("body");
                    assertThat(e.getMessage()).contains("1 MB");
                });
    }

    @Test
    void a_body_of_exactly_one_megabyte_is_accepted() {
        String prefix = UUID.randomUUID() + "\n";
        String body = prefix + "a".repeat(ArticleLimits.MAX_BODY_BYTES - prefix.length());
        Article created = articles.create(article("Exactly 1 MB", body));
        assertThat(articles.find(created.id()).orElseThrow().body()).hasSize(ArticleLimits.MAX_BODY_BYTES);
    }

    @Test
    void script_urls_and_malformed_urls_are_refused() {
        for (String url : new String[] {"javascript:alert(1)", "not a url", "ftp://example.org/x"}) {
            NewArticle request = new NewArticle("T", "O", url, null, null, "en", uniqueBody());
            assertThatThrownBy(() -> articles.create(request))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("url"));
        }
    }

    @Test
    void html_in_a_title_is_kept_as_plain_text() {
        Article created = articles.create(article("<img src=x onerror=alert(1)> & co", uniqueBody()));
        assertThat(articles.find(created.id()).orElseThrow().title()).isEqualTo("<img src=x onerror=alert(1)> & co");
    }

    @Test
    void list_filters_by_title_or_outlet_case_insensitively_and_treats_wildcards_literally() {
        String marker = "Zq" + UUID.randomUUID().toString().substring(0, 8);
        articles.create(new NewArticle("About " + marker, "Outlet", null, null, null, "en", uniqueBody()));
        articles.create(new NewArticle("Other", "The " + marker + " Post", null, null, null, "en", uniqueBody()));

        assertThat(articles.list(marker.toLowerCase(), PageRequest.of(0, 10, Sort.by("title"))))
                .extracting(ArticleSummary::title).containsExactly("About " + marker, "Other");
        assertThat(articles.count(marker.toUpperCase())).isEqualTo(2);
        assertThat(articles.count("%" + marker)).isZero();
    }

    @Test
    void list_filters_ignore_case_accents_and_letter_forms_alike_on_every_database() {
        String marker = "Zq" + UUID.randomUUID().toString().substring(0, 8);
        articles.create(new NewArticle("Café Society in İstanbul " + marker, "Süddeutsche Zeitung", null, null, null,
                "en", uniqueBody()));
        articles.create(new NewArticle("Wałęsa speaks " + marker, "ØRESUND POST", null, null, null, "en", uniqueBody()));

        String decomposed = "Cafe\u0301 society"; // é as e + combining accent
        for (String filter : List.of("cafe society in istanbul", "CAFÉ SOCIETY IN İSTANBUL", decomposed)) {
            assertThat(articles.list(filter, PageRequest.of(0, 50))).as(filter).extracting(ArticleSummary::title)
                    .contains("Café Society in İstanbul " + marker);
        }
        assertThat(articles.count("café society in istanbul " + marker)).isEqualTo(1);
        assertThat(articles.count("suddeutsche")).isPositive();
        assertThat(articles.count("sueddeutsche zeitung")).isPositive();
        assertThat(articles.count("walesa speaks " + marker.toUpperCase())).isEqualTo(1);
        assertThat(articles.count("oresund post")).isPositive();
        assertThat(articles.count("wałęsa speaks " + marker + " ")).isEqualTo(1);
        assertThat(articles.count("walesa " + marker)).as("never across title and outlet or words apart").isZero();
    }

    @Test
    void the_demo_article_is_stored_byte_for_byte() throws Exception {
        byte[] shipped;
        try (var in = getClass().getResourceAsStream("/demo/meta-behemoth.txt")) {
            shipped = in.readAllBytes();
        }
        String text = new String(shipped, StandardCharsets.UTF_8);
        assertThat(text.codePointCount(0, text.length())).isEqualTo(3_884);
        var demo = repository.findByContentHash(ArticleText.sha256(text)).orElseThrow();
        assertThat(articles.find(demo.id()).orElseThrow().body().getBytes(StandardCharsets.UTF_8)).isEqualTo(shipped);
    }
}
