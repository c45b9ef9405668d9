package org.claimdesk.review.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.claimdesk.claims.ClaimDeleted;
import org.claimdesk.claims.ClaimSaved;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Open screens that show queue counts (the navigation badge, the queue view). After any claim change commits, on
 * any node, each of them counts again, in its UI and as its user.
 */
@Component
class LiveQueue {

    private record Watcher(UI ui, SecurityContext security, Runnable recount) {
    }

    private final Set<Watcher> watchers = ConcurrentHashMap.newKeySet();

    Registration join(UI ui, Runnable recount) {
        SecurityContext security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        Watcher watcher = new Watcher(ui, security, recount);
        watchers.add(watcher);
        return () -> watchers.remove(watcher);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ClaimSaved event) {
        tellAll();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ClaimDeleted event) {
        tellAll();
    }

    private void tellAll() {
        for (Watcher watcher : watchers) {
            try {
                watcher.ui().access(() -> new DelegatingSecurityContextRunnable(watcher.recount(), watcher.security()).run());
            } catch (UIDetachedException closed) {
                watchers.remove(watcher);
            }
        }
    }
}
