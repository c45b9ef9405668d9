package org.claimdesk.review.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.util.Optional;
import org.claimdesk.security.AccountStatus;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A screen that hears of other people's changes, with the rights of the person who opened it: updates run in its UI
 * as that person, and only while their account is still enabled with the role it had (the same rule as for open
 * readers of an article).
 */
record OpenScreen(UI ui, String username, Optional<Role> role, SecurityContext security) {

    /** The screen of the signed-in user in {@code ui}. */
    static OpenScreen of(UI ui) {
        SecurityContext security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        return new OpenScreen(ui, CurrentUser.requireUsername(), CurrentUser.role(), security);
    }

    /**
     * Runs {@code update} in the screen as its user. False when the screen is gone or its user may no longer hear
     * of changes (disabled, or given another role): the caller forgets it, and the page reloads into the sign-in.
     */
    boolean tell(AccountStatus accounts, Runnable update) {
        try {
            if (!accounts.activeRole(username).equals(role)) {
                ui.access(() -> ui.getPage().reload());
                return false;
            }
            ui.access(() -> new DelegatingSecurityContextRunnable(update, security).run());
            return true;
        } catch (UIDetachedException closed) {
            return false;
        }
    }
}
