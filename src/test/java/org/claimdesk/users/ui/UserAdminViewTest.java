package org.claimdesk.users.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.UUID;
import org.claimdesk.KaribuTest;
import org.claimdesk.security.Role;
import org.claimdesk.security.SignInFailures;
import org.claimdesk.users.NewUser;
import org.claimdesk.users.UserAccount;
import org.claimdesk.users.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class UserAdminViewTest extends KaribuTest {

    @Autowired UserService service;
    @Autowired SignInFailures signInFailures;
    UserAdminView view;
    String name;

    @BeforeEach
    void open() {
        users.signIn(Role.ADMIN);
        view = show(new UserAdminView(service));
        name = "kb-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private NewUserDialog fill(String username, String password) {
        NewUserDialog dialog = new NewUserDialog(service, view.grid.getDataProvider()::refreshAll);
        dialog.open();
        _setValue(dialog.username, username);
        _setValue(dialog.displayName, "Karibu Person");
        _setValue(dialog.password, password);
        _setValue(dialog.role, Role.REVIEWER);
        return dialog;
    }

    @Test
    void a_short_password_and_a_taken_name_are_shown_at_their_fields_and_the_dialog_stays_open() {
        NewUserDialog dialog = fill(name, "short");
        _click(dialog.create);
        assertThat(dialog.password.isInvalid()).isTrue();
        assertThat(dialog.password.getErrorMessage()).contains("at least 10");
        assertThat(dialog.isOpened()).isTrue();

        _setValue(dialog.username, "viewer");
        _setValue(dialog.password, "long-enough-pw");
        _click(dialog.create);
        assertThat(dialog.username.getErrorMessage()).isEqualTo("That username is taken.");
        assertThat(dialog.password.isInvalid()).isFalse();
    }

    @Test
    void the_last_admin_cannot_be_demoted_from_the_grid_and_the_select_springs_back() {
        _setValue(view.filter, "admin");
        int row = java.util.stream.IntStream.range(0, GridKt._size(view.grid))
                .filter(i -> GridKt._get(view.grid, i).username().equals("admin")).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        Select<Role> role = (Select<Role>) GridKt._getCellComponent(view.grid, row, "role");
        _setValue(role, Role.VIEWER, true);
        assertThat(role.getValue()).isEqualTo(Role.ADMIN);
        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications(
                "The last enabled admin cannot lose the admin role.");
    }

    @Test
    void an_admin_creates_a_user_changes_the_role_and_disables_the_account() {
        NewUserDialog dialog = fill(name, "long-enough-pw");
        _click(dialog.create);
        assertThat(dialog.isOpened()).isFalse();

        _setValue(view.filter, name);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        UserAccount created = GridKt._get(view.grid, 0);
        assertThat(created.role()).isEqualTo(Role.REVIEWER);

        @SuppressWarnings("unchecked")
        Select<Role> role = (Select<Role>) GridKt._getCellComponent(view.grid, 0, "role");
        _setValue(role, Role.EDITOR, true);
        assertThat(GridKt._get(view.grid, 0).role()).isEqualTo(Role.EDITOR);

        _click(_get(GridKt._getCellComponent(view.grid, 0, "status"), Button.class));
        assertThat(GridKt._get(view.grid, 0).enabled()).isFalse();
    }

    @Test
    void a_locked_account_shows_its_lock_and_the_admin_unlocks_it() {
        UserAccount account = service.create(new NewUser(name, "Locked Out", "long-enough-pw", Role.VIEWER));
        signInFailures.fail(name, 5);
        _setValue(view.filter, name);

        HorizontalLayout status = (HorizontalLayout) GridKt._getCellComponent(view.grid, 0, "status");
        assertThat(_get(status, Span.class, spec -> spec.withClasses("sign-in-locked")).getText()).isEqualTo("Locked");
        _click(_get(status, Button.class, spec -> spec.withClasses("unlock-user")));

        assertThat(signInFailures.isLocked(account.username())).isFalse();
        assertThat(GridKt._get(view.grid, 0).locked()).isFalse();
        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications(name + " may sign in again.");
    }
}
