package org.claimdesk.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** What the error views share: a heading, a message and the ways back (the previous page, the start page). */
abstract class ErrorPage extends VerticalLayout {

    final H2 heading = new H2();
    final Paragraph message = new Paragraph();
    final Anchor home = new Anchor("", "Go to the article list");
    final Button back = new Button("Go back", new Icon(VaadinIcon.ARROW_LEFT));

    ErrorPage(String className) {
        addClassNames("error-page", className);
        heading.setId("error-heading");
        message.setId("error-message");
        home.setId("error-home");
        // Navigates inside the running UI, as the side navigation does, instead of reloading the page.
        home.getElement().setAttribute("router-link", true);
        back.setId("error-back");
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.addClickListener(e -> UI.getCurrent().getPage().getHistory().back());
        HorizontalLayout ways = new HorizontalLayout(back, home);
        ways.setAlignItems(Alignment.BASELINE);
        add(heading, message, ways);
    }

    void describe(String title, String text) {
        heading.setText(title);
        message.setText(text);
    }
}
