package org.claimdesk.review.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.claimdesk.claims.ClaimDeleted;
import org.claimdesk.claims.ClaimSaved;
import org.claimdesk.security.AccountStatus;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Open screens that show queue counts (the navigation badge, the queue view). After any claim change commits, on
 * any node, each of them counts again, in its UI and as its user, off the thread that made the change.
 */
@Component
class LiveQueue {

    private record Watcher(OpenScreen screen, Runnable recount) {
    }

    private final Set<Watcher> watchers = ConcurrentHashMap.newKeySet();
    private final TaskExecutor executor;
    private final AccountStatus accounts;

    LiveQueue(TaskExecutor executor, AccountStatus accounts) {
        this.executor = executor;
        this.accounts = accounts;
    }

    Registration join(UI ui, Runnable recount) {
        Watcher watcher = new Watcher(OpenScreen.of(ui), recount);
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

    /**
     * Off the saving user's thread: {@link UI#access} may run the task at once in the calling thread, and the
     * watcher's user must never be the one the saver's thread runs as afterwards.
     */
    private void tellAll() {
        if (watchers.isEmpty()) {
            return;
        }
        try {
            executor.execute(this::recountAll);
        } catch (TaskRejectedException shuttingDown) {
            // the executor only refuses work once it is stopping: the screens are going away too
        }
    }

    private void recountAll() {
        try {
            recountEach();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void recountEach() {
        for (Watcher watcher : watchers) {
            if (!watcher.screen().tell(accounts, watcher.recount())) {
                watchers.remove(watcher);
            }
        }
    }
}
