package org.claimdesk.review.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongConsumer;
import org.claimdesk.review.CommentPosted;
import org.claimdesk.security.AccountStatus;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.jspecify.annotations.Nullable;

/**
 * Who has which article's claim panel open. After a comment commits (on this node or another), every other open
 * panel of that article hears which claim it was on, through {@link UI#access} and as its own user.
 */
@Component
class LiveComments {

    private record Watcher(OpenScreen screen, LongConsumer onComment) {
    }

    private final Map<Long, Set<Watcher>> watchers = new ConcurrentHashMap<>();
    private final TaskExecutor executor;
    private final AccountStatus accounts;

    LiveComments(TaskExecutor executor, AccountStatus accounts) {
        this.executor = executor;
        this.accounts = accounts;
    }

    /** Registers an open panel of the signed-in user; remove the registration when it closes. */
    Registration join(long articleId, UI ui, LongConsumer onComment) {
        Watcher watcher = new Watcher(OpenScreen.of(ui), onComment);
        watchers.compute(articleId, (id, here) -> { // one atomic step, so a concurrent leave cannot drop the set
            Set<Watcher> set = here == null ? ConcurrentHashMap.newKeySet() : here;
            set.add(watcher);
            return set;
        });
        return () -> leave(articleId, watcher);
    }

    /**
     * Tells the others off the poster's thread: {@link UI#access} may run the task at once in the calling thread,
     * and another user must never be the one the poster's thread runs as afterwards.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void on(CommentPosted event) {
        if (!watchers.containsKey(event.articleId())) {
            return;
        }
        UI origin = UI.getCurrent();
        try {
            executor.execute(() -> {
                try {
                    tell(event, origin);
                } finally {
                    SecurityContextHolder.clearContext();
                }
            });
        } catch (TaskRejectedException shuttingDown) {
            // the executor only refuses work once it is stopping: the panels are going away too
        }
    }

    private void tell(CommentPosted event, @Nullable UI origin) {
        for (Watcher watcher : watchers.getOrDefault(event.articleId(), Set.of())) {
            if (watcher.screen().ui() == origin) {
                continue;
            }
            if (!watcher.screen().tell(accounts, () -> watcher.onComment().accept(event.claimId()))) {
                leave(event.articleId(), watcher);
            }
        }
    }

    private void leave(long articleId, Watcher watcher) {
        watchers.computeIfPresent(articleId, (id, here) -> {
            here.remove(watcher);
            return here.isEmpty() ? null : here;
        });
    }
}
