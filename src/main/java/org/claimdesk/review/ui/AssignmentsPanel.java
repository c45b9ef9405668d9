package org.claimdesk.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.ui.ServiceErrors;
import org.claimdesk.review.AssignedAs;
import org.claimdesk.review.Assignments;
import org.claimdesk.review.AssignmentService;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;
import org.springframework.security.access.AccessDeniedException;

/** Who works on the article; editors assign and unassign annotators and reviewers here. */
class AssignmentsPanel extends Div {

    private final AssignmentService assignments;
    private final long articleId;
    private final boolean editor = CurrentUser.has(Role.EDITOR);

    final Div people = new Div();
    final TextField username = new TextField();
    final Select<AssignedAs> as = new Select<>();
    final Button assign = new Button("Assign");

    AssignmentsPanel(AssignmentService assignments, long articleId) {
        this.assignments = assignments;
        this.articleId = articleId;
        addClassName("assignments");
        setId("assignments");
        people.addClassName("claim-meta");
        username.setPlaceholder("Username");
        username.setId("assign-username");
        username.setManualValidation(true);
        as.setItems(AssignedAs.values());
        as.setItemLabelGenerator(AssignedAs::label);
        as.setValue(AssignedAs.ANNOTATOR);
        as.setId("assign-as");
        assign.setId("assign");
        assign.addThemeVariants(ButtonVariant.LUMO_SMALL);
        assign.addClickListener(e -> assign());
        Div form = new Div(username, as, assign);
        form.addClassName("review-actions");
        form.setVisible(editor);
        add(people, form);
        show(assignments.of(articleId));
    }

    private void show(Assignments now) {
        people.removeAll();
        line(AssignedAs.ANNOTATOR, now.annotators());
        line(AssignedAs.REVIEWER, now.reviewers());
    }

    private void line(AssignedAs role, List<String> names) {
        Div line = new Div(new Span(role.label() + "s: " + (names.isEmpty() ? "nobody yet" : "")));
        for (String name : names) {
            line.add(new Span(name + " "));
            if (editor) {
                Button remove = new Button("×", e -> unassign(name, role));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                remove.setAriaLabel("Unassign " + name + " as " + role.label().toLowerCase(java.util.Locale.ROOT));
                line.add(remove);
            }
        }
        people.add(line);
    }

    private void assign() {
        username.setInvalid(false);
        try {
            show(assignments.assign(articleId, username.getValue(), as.getValue()));
            username.clear();
        } catch (InvalidInputException refused) {
            ServiceErrors.showAt(refused, Map.of("username", username));
        } catch (AccessDeniedException denied) {
            ServiceErrors.showDenied(denied);
        }
    }

    private void unassign(String name, AssignedAs role) {
        try {
            show(assignments.unassign(articleId, name, role));
        } catch (AccessDeniedException denied) {
            ServiceErrors.showDenied(denied);
        }
    }
}
