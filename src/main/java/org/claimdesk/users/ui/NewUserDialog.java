package org.claimdesk.users.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.ui.ServiceErrors;
import org.claimdesk.security.Role;
import org.claimdesk.users.NewUser;
import org.claimdesk.users.UserService;
import org.springframework.security.access.AccessDeniedException;

/** Creates an account; errors appear at the field they concern and the dialog stays open. */
class NewUserDialog extends Dialog {

    final TextField username = new TextField("Username");
    final TextField displayName = new TextField("Name");
    final PasswordField password = new PasswordField("Password");
    final Select<Role> role = new Select<>();
    final Button create = new Button("Create");

    NewUserDialog(UserService users, Runnable onCreated) {
        setHeaderTitle("New user");
        username.setId("new-user-username");
        displayName.setId("new-user-name");
        password.setId("new-user-password");
        create.setId("new-user-create");
        role.setLabel("Role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> r.label() + " — " + r.description());
        role.setValue(Role.ANNOTATOR);
        password.setHelperText("At least 10 characters.");
        List.<HasValidation>of(username, displayName, password).forEach(f -> f.setManualValidation(true));
        add(new FormLayout(username, displayName, password, role));

        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> {
            Map<String, HasValidation> fields = Map.of("username", username, "displayName", displayName,
                    "password", password);
            ServiceErrors.clear(fields);
            try {
                users.create(new NewUser(username.getValue(), displayName.getValue(), password.getValue(),
                        role.getValue()));
                ServiceErrors.showSuccess("Created " + username.getValue().strip() + ".");
                onCreated.run();
                close();
            } catch (InvalidInputException ex) {
                ServiceErrors.showAt(ex, fields);
            } catch (AccessDeniedException ex) {
                ServiceErrors.showDenied(ex);
            }
        });
        Button cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, create);
    }
}
