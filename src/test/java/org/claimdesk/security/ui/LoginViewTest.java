package org.claimdesk.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.claimdesk.KaribuTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class LoginViewTest extends KaribuTest {

    @ParameterizedTest
    @CsvSource({
            "error, Sign-in failed, Incorrect username or password",
            "paused, Sign-in paused, Too many failed sign-ins for this username or from this network",
            "retry, Please sign in again, did not come from this page"})
    void each_way_back_to_the_login_page_says_what_happened_without_naming_the_account(
            String parameter, String title, String message) {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of(parameter, "")));

        LoginView view = _get(LoginView.class);
        assertThat(view.login.isError()).isTrue();
        assertThat(view.shownError.getTitle()).isEqualTo(title);
        assertThat(view.shownError.getMessage()).contains(message);
    }
}
