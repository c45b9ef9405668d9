package org.claimdesk.users.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.ui.GridFilter;
import org.claimdesk.base.ui.ViewToolbar;
import org.claimdesk.base.ui.ServiceErrors;
import org.claimdesk.security.Role;
import org.claimdesk.security.Roles;
import org.claimdesk.users.UserAccount;
import org.claimdesk.users.UserService;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

/**
 * Admins list accounts, create them, change roles, disable or enable them, and unlock accounts locked
 * after repeated failed sign-ins.
 */
@Route("admin/users")
@PageTitle("Users · Claimdesk")
@Menu(title = "Users", order = 90, icon = "vaadin:users")
@RolesAllowed(Roles.ADMIN)
public class UserAdminView extends VerticalLayout {

    private final UserService users;
    final TextField filter = new TextField();
    final Grid<UserAccount> grid = new Grid<>();
    final Button create = new Button("New user", new Icon(VaadinIcon.PLUS));

    public UserAdminView(UserService users) {
        this.users = users;
        setSizeFull();
        addClassName("user-admin-view");

        GridFilter.connect(filter, grid, "Filter by name");
        create.setId("new-user");
        filter.setId("user-filter");
        grid.setId("user-grid");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> new NewUserDialog(users, grid.getDataProvider()::refreshAll).open());
        ViewToolbar toolbar = new ViewToolbar("Users", filter, create);

        grid.addColumn(UserAccount::username).setHeader("Username").setSortProperty("username").setSortable(true);
        grid.addColumn(UserAccount::displayName).setHeader("Name").setSortProperty("displayName").setSortable(true);
        grid.addComponentColumn(this::roleSelect).setHeader("Role").setKey("role").setAutoWidth(true);
        grid.addComponentColumn(this::enabledToggle).setHeader("Status").setKey("status").setAutoWidth(true);
        grid.setItems(query -> {
            var page = VaadinSpringDataHelpers.toSpringPageRequest(query);
            return users.list(filter.getValue(), page.withSort(page.getSort().and(Sort.by("username")))).stream();
        }, query -> (int) users.count(filter.getValue()));

        add(toolbar, grid);
        expand(grid);
    }

    private Select<Role> roleSelect(UserAccount account) {
        Select<Role> select = new Select<>();
        select.setItems(Role.values());
        select.setItemLabelGenerator(Role::label);
        select.setValue(account.role());
        select.setAriaLabel("Role of " + account.username());
        select.addClassName("role-select");
        select.getElement().setAttribute("data-user", account.username());
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && !change(() -> users.changeRole(account.id(), e.getValue()),
                    account.username() + " is now " + e.getValue().label() + ".")) {
                select.setValue(e.getOldValue());
            }
        });
        return select;
    }

    private HorizontalLayout enabledToggle(UserAccount account) {
        Span status = new Span(account.enabled() ? "Enabled" : "Disabled");
        status.getElement().getThemeList().add(account.enabled() ? "badge success" : "badge error");
        Button toggle = new Button(account.enabled() ? "Disable" : "Enable");
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        toggle.setAriaLabel((account.enabled() ? "Disable " : "Enable ") + account.username());
        toggle.addClickListener(e -> change(() -> users.setEnabled(account.id(), !account.enabled()),
                account.username() + (account.enabled() ? " is disabled." : " is enabled.")));
        HorizontalLayout cell = new HorizontalLayout(status, toggle);
        cell.setAlignItems(FlexComponent.Alignment.CENTER);
        if (account.locked()) {
            cell.add(lockBadge(account), unlockButton(account));
        }
        return cell;
    }

    private Span lockBadge(UserAccount account) {
        long minutes = Math.max(1, Duration.between(Instant.now(), account.lockedUntil()).toMinutes() + 1);
        Span locked = new Span("Locked");
        locked.getElement().getThemeList().add("badge error primary");
        locked.addClassName("sign-in-locked");
        locked.getElement().setAttribute("data-user", account.username());
        locked.setTitle("Sign-in locked after repeated failures, for about " + minutes + " more minutes");
        return locked;
    }

    private Button unlockButton(UserAccount account) {
        Button unlock = new Button("Unlock");
        unlock.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        unlock.addClassName("unlock-user");
        unlock.getElement().setAttribute("data-user", account.username());
        unlock.setAriaLabel("Unlock sign-in of " + account.username());
        unlock.addClickListener(e -> change(() -> users.unlock(account.id()),
                account.username() + " may sign in again."));
        return unlock;
    }

    private boolean change(Supplier<UserAccount> action, String success) {
        try {
            action.get();
            ServiceErrors.showSuccess(success);
            grid.getDataProvider().refreshAll();
            return true;
        } catch (InvalidInputException e) {
            ServiceErrors.showError(e.getMessage());
        } catch (AccessDeniedException e) {
            ServiceErrors.showDenied(e);
        }
        return false;
    }
}
