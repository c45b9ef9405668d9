package org.claimdesk.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The frame around every signed-in view: app name, side navigation built from the views' {@code @Menu}
 * annotations (only what the user may open), the signed-in user with their role, and sign-out.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    final SideNav nav = new SideNav();
    final Button logout = new Button("Sign out", new Icon(VaadinIcon.SIGN_OUT));

    private final List<NavigationBadge> badges;

    public MainLayout(AuthenticationContext authentication, ObjectProvider<NavigationBadge> badges) {
        this.badges = badges.orderedStream().toList();
        setPrimarySection(Section.DRAWER);
        addClassName("main-layout");

        Span appName = new Span("Claimdesk");
        appName.addClassName("app-name");
        addToDrawer(new Div(appName), nav, userPanel(authentication));
        nav.addClassName("main-nav");

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        Span mobileName = new Span("Claimdesk");
        mobileName.addClassName("navbar-app-name");
        addToNavbar(true, toggle, mobileName);
        buildNavigation();
    }

    private void buildNavigation() {
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = entry.icon() == null
                    ? new SideNavItem(entry.title(), entry.path())
                    : new SideNavItem(entry.title(), entry.path(), icon(entry.icon()));
            String path = entry.path().replaceFirst("^/", "");
            badges.stream().filter(b -> b.path().equals(path)).findFirst().map(NavigationBadge::create)
                    .ifPresent(item::setSuffixComponent);
            nav.addItem(item);
        }
    }

    private static Icon icon(String name) {
        String[] parts = name.split(":", 2);
        return parts.length == 2 ? new Icon(parts[0], parts[1]) : new Icon(name);
    }

    private VerticalLayout userPanel(AuthenticationContext authentication) {
        Span user = new Span(CurrentUser.username().orElse(""));
        user.setId("current-user");
        Span role = new Span(CurrentUser.role().map(Role::label).orElse(""));
        role.getElement().getThemeList().add("badge contrast");
        role.setId("current-role");
        HorizontalLayout who = new HorizontalLayout(new Icon(VaadinIcon.USER), user, role);
        who.setAlignItems(FlexComponent.Alignment.CENTER);
        who.setSpacing(true);

        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("sign-out");
        logout.addClickListener(e -> authentication.logout());
        VerticalLayout panel = new VerticalLayout(who, logout);
        panel.addClassName("user-panel");
        panel.setPadding(true);
        panel.setSpacing(false);
        return panel;
    }
}
