package org.claimdesk.e2e;

import java.util.UUID;
import org.claimdesk.TestUsers;
import org.claimdesk.e2e.pages.AppPage;
import org.claimdesk.e2e.pages.LoginPage;
import org.claimdesk.security.Role;
import org.claimdesk.users.NewUser;
import org.claimdesk.users.UserAccount;
import org.claimdesk.users.UserService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class SignInBrowserTest extends BrowserTest {

    @Autowired UserService userService;

    @Test
    void wrong_password_and_unknown_user_get_the_same_message() {
        String wrongPassword = loginPage().signInFailing("viewer", "not-the-password").waitForText("Sign-in failed");
        assertThat(wrongPassword).contains("Incorrect username or password");

        String unknownUser = loginPage().signInFailing("nobody-" + UUID.randomUUID(), "whatever").waitForText("Sign-in failed");
        assertThat(unknownUser).contains("Incorrect username or password");
        assertThat(driver.getCurrentUrl()).contains("/login");
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void every_demo_account_signs_in_and_sees_its_role(Role role) {
        AppPage app = loginPage().signIn(TestUsers.demoUser(role), TestUsers.DEMO_PASSWORD);

        assertThat(app.currentUser()).isEqualTo(TestUsers.demoUser(role));
        assertThat(app.currentRole()).isEqualTo(role.label());
        assertThat(app.navigation()).contains("Articles");
        if (role == Role.ADMIN) {
            assertThat(app.navigation()).contains("Users");
        } else {
            assertThat(app.navigation()).doesNotContain("Users");
        }
    }

    @Test
    void signing_out_returns_to_the_login_page_and_pages_ask_for_sign_in_again() {
        LoginPage login = loginPage().signIn("reviewer", TestUsers.DEMO_PASSWORD).signOut();
        assertThat(login.showsEmptySignInForm()).isTrue();

        driver.get(url("/articles"));
        assertThat(LoginPage.expectRedirect(driver).showsEmptySignInForm()).isTrue();
        assertThat(driver.getCurrentUrl()).endsWith("/login");
    }

    @Test
    void an_annotator_opening_the_admin_view_by_url_is_denied() {
        loginPage().signIn("annotator", TestUsers.DEMO_PASSWORD);
        driver.get(url("/admin/users"));
        AppPage page = new AppPage(driver);
        page.waitForText("Not allowed");

        assertThat(driver.findElements(org.openqa.selenium.By.cssSelector(".user-admin-view"))).isEmpty();
        assertThat(page.visibleText()).doesNotContain("Ada Admin").doesNotContain("New user");
    }

    @Test
    void the_admin_sees_the_user_list() {
        loginPage().signIn("admin", TestUsers.DEMO_PASSWORD);
        driver.get(url("/admin/users"));
        AppPage page = new AppPage(driver);
        page.waitForText("Ada Admin");
        page.filterUsers("vera");
        assertThat(page.visibleText()).contains("Vera Viewer").doesNotContain("Ada Admin");
    }

    @Test
    void a_disabled_account_is_signed_out_at_its_next_request() {
        String name = "leaver-" + UUID.randomUUID().toString().substring(0, 8);
        users.signIn(Role.ADMIN);
        UserAccount account = userService.create(new NewUser(name, "Leaving Soon", "long-enough-pw", Role.ANNOTATOR));
        loginPage().signIn(name, "long-enough-pw").articles();

        userService.setEnabled(account.id(), false);
        TestUsers.signOut();
        driver.get(url("/articles"));

        assertThat(LoginPage.expectRedirect(driver).showsEmptySignInForm()).isTrue();
        String failed = loginPage().signInFailing(name, "long-enough-pw").waitForText("Sign-in failed");
        assertThat(failed).contains("Incorrect username or password");
    }

    @Test
    void an_account_whose_role_changes_is_signed_out_and_signs_in_again_with_the_new_role() {
        String name = "mover-" + UUID.randomUUID().toString().substring(0, 8);
        users.signIn(Role.ADMIN);
        UserAccount account = userService.create(new NewUser(name, "Moving Role", "long-enough-pw", Role.EDITOR));
        loginPage().signIn(name, "long-enough-pw").articles();

        userService.changeRole(account.id(), Role.VIEWER);
        TestUsers.signOut();
        driver.get(url("/articles"));

        assertThat(LoginPage.expectRedirect(driver).showsEmptySignInForm()).isTrue();
        assertThat(loginPage().signIn(name, "long-enough-pw").currentRole()).isEqualTo("Viewer");
    }

    @Test
    void an_admin_creates_an_account_in_the_browser_and_it_can_sign_in() {
        String name = "fresh-" + UUID.randomUUID().toString().substring(0, 8);
        loginPage().signIn("admin", TestUsers.DEMO_PASSWORD);
        driver.get(url("/admin/users"));
        AppPage page = new AppPage(driver);
        page.waitForText("Ada Admin");

        page.fillNewUser(name, "Fresh Face", "a-long-password");

        page.waitForText("Created " + name);
        assertThat(page.signOut().showsEmptySignInForm()).isTrue();
        assertThat(loginPage().signIn(name, "a-long-password").currentRole()).isEqualTo("Annotator");
    }

    @Test
    void after_five_wrong_passwords_sign_in_pauses_until_an_admin_unlocks_the_account() {
        String name = "locked-" + UUID.randomUUID().toString().substring(0, 8);
        users.signIn(Role.ADMIN);
        userService.create(new NewUser(name, "Locked Out", "long-enough-pw", Role.ANNOTATOR));
        TestUsers.signOut();
        for (int i = 1; i <= 4; i++) {
            assertThat(loginPage().signInFailing(name, "wrong-" + i).waitForText("Sign-in failed"))
                    .contains("Incorrect username or password");
        }

        String paused = loginPage().signInFailing(name, "wrong-5").waitForText("Sign-in paused");
        assertThat(paused).contains("Too many failed sign-ins for this username or from this network")
                .doesNotContain(name);
        assertThat(loginPage().signInFailing(name, "long-enough-pw").waitForText("Sign-in paused")).isNotEmpty();

        AppPage admin = loginPage().signIn("admin", TestUsers.DEMO_PASSWORD);
        driver.get(url("/admin/users"));
        admin.waitForText("Ada Admin");
        assertThat(admin.lockBadgeOf(name)).isEqualTo("Locked");
        admin.unlockUser(name);
        driver.get(url("/admin/users"));
        admin.waitForText("Ada Admin");
        assertThat(admin.lockBadgeOf(name)).isEmpty();

        admin.signOut();
        assertThat(loginPage().signIn(name, "long-enough-pw").currentRole()).isEqualTo("Annotator");
    }
}
