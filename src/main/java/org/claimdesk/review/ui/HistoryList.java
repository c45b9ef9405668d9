package org.claimdesk.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.ui.ServiceErrors;
import org.claimdesk.claims.Claim;
import org.claimdesk.claims.ClaimChange;
import org.claimdesk.claims.ClaimChangeKind;
import org.claimdesk.claims.ClaimHistoryService;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ui.ClaimPanelExtension;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * The History tab: every change to the claim, newest first, with who, when, why and each field's old → new value.
 * Editors restore an earlier version from here; the restore becomes the newest entry.
 */
class HistoryList extends Div {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withZone(ZoneId.systemDefault());

    private final ClaimHistoryService history;
    private final ClaimService claims;
    private final ClaimPanelExtension.Host host;

    HistoryList(ClaimHistoryService history, ClaimService claims, ClaimPanelExtension.Host host) {
        this.history = history;
        this.claims = claims;
        this.host = host;
        addClassName("claim-history");
        setId("claim-history");
    }

    void show(Claim claim) {
        removeAll();
        List<ClaimChange> entries = history.history(claim.id());
        boolean mayRestore = CurrentUser.has(Role.EDITOR);
        for (int i = entries.size() - 1; i >= 0; i--) {
            ClaimChange entry = entries.get(i);
            add(entry(claim, entry, mayRestore && i < entries.size() - 1 && entry.kind() != ClaimChangeKind.DELETED));
        }
    }

    private Div entry(Claim claim, ClaimChange entry, boolean restorable) {
        Div row = new Div();
        row.addClassName("history-entry");
        Span what = new Span(entry.kind().label() + " by " + entry.by());
        what.addClassName("history-what");
        Span when = new Span(WHEN.format(entry.at()));
        when.addClassName("history-when");
        row.add(what, new Span(" · "), when);
        if (entry.reasonCode() != null || entry.reason() != null) {
            Div why = new Div((entry.reasonCode() == null ? "" : entry.reasonCode().label() + ": ")
                    + (entry.reason() == null ? "" : entry.reason()));
            why.addClassName("history-reason");
            row.add(why);
        }
        for (ClaimChange.FieldChange field : entry.fields()) {
            Div change = new Div(field.field() + ": " + (field.oldValue() == null ? "—" : field.oldValue()) + " → "
                    + (field.newValue() == null ? "—" : field.newValue()));
            change.addClassName("history-field");
            row.add(change);
        }
        if (restorable) {
            Button restore = new Button("Restore this version", e -> restore(claim, entry));
            restore.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            restore.addClassName("history-restore");
            row.add(restore);
        }
        return row;
    }

    private void restore(Claim claim, ClaimChange entry) {
        try {
            Claim restored = claims.restore(claim.id(), claim.version(), entry.id());
            ServiceErrors.showSuccess("Version restored.");
            host.changed(restored);
        } catch (InvalidInputException refused) {
            ServiceErrors.showError(refused.getMessage());
        } catch (AccessDeniedException denied) {
            ServiceErrors.showDenied(denied);
        }
    }
}
