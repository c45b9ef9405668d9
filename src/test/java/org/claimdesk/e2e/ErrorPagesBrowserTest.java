package org.claimdesk.e2e;

import org.claimdesk.TestUsers;
import org.claimdesk.e2e.pages.AppPage;
import org.claimdesk.e2e.pages.ErrorPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Addresses that lead nowhere, or somewhere the role may not go: a message inside the app, and a way back. */
class ErrorPagesBrowserTest extends BrowserTest {

    @ParameterizedTest
    @ValueSource(strings = {"/nonexistent", "/admin", "/articles/abc", "/articles/-1"})
    void an_unknown_address_shows_page_not_found_inside_the_app(String path) {
        loginPage().signIn("viewer", TestUsers.DEMO_PASSWORD);

        ErrorPage page = ErrorPage.open(driver, url(path));

        assertThat(page.heading()).isEqualTo("Page not found");
        assertThat(page.message()).contains("There is no page at " + path);
        assertThat(page.currentUser()).isEqualTo("viewer");
        assertThat(page.navigation()).contains("Articles");
        assertThat(driver.getTitle()).isEqualTo("Not found · Claimdesk");
    }

    @Test
    void an_article_that_does_not_exist_says_so_and_leads_back_to_the_list() {
        loginPage().signIn("viewer", TestUsers.DEMO_PASSWORD);

        ErrorPage page = ErrorPage.open(driver, url("/articles/987654321"));

        assertThat(page.heading()).isEqualTo("Page not found");
        assertThat(page.message()).isEqualTo("There is no article 987654321. It may have been removed.");
        page.goToArticles();
        assertThat(driver.getCurrentUrl()).endsWith("/");
    }

    @Test
    void a_view_the_role_may_not_open_says_not_allowed_inside_the_app_and_the_user_can_sign_out() {
        loginPage().signIn("annotator", TestUsers.DEMO_PASSWORD).articles();

        ErrorPage page = ErrorPage.open(driver, url("/admin/users"));

        assertThat(page.heading()).isEqualTo("Not allowed");
        assertThat(page.message()).contains("Your role (Annotator) does not allow opening /admin/users");
        assertThat(page.visibleText()).doesNotContain("Could not navigate").doesNotContain("Ada Admin");
        assertThat(page.signOut().showsEmptySignInForm()).isTrue();
    }

    @Test
    void go_back_returns_to_the_page_before() {
        AppPage app = loginPage().signIn("viewer", TestUsers.DEMO_PASSWORD);
        app.articles();
        String articlesUrl = driver.getCurrentUrl();

        ErrorPage.open(driver, url("/no-such-page")).goBack();

        app.articles();
        assertThat(driver.getCurrentUrl()).isEqualTo(articlesUrl);
    }
}
