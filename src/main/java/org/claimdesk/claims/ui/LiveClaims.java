package org.claimdesk.claims.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.claimdesk.claims.ClaimDeleted;
import org.claimdesk.claims.ClaimSaved;
import org.claimdesk.claims.SpeakersMerged;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Who has which article open, and the claim changes they must see. After a change commits, every other
 * open reader of that article is updated through {@link UI#access}, pushed to the browser at once.
 */
@Component
class LiveClaims {

    /** A change someone made to the claims of an article. {@code claimId} is null when several changed. */
    record Change(Kind kind, Long claimId, String by) {
        enum Kind { SAVED, DELETED, MANY }
    }

    /** An open reader, with the security context of the person reading, under which their updates run. */
    private record Reader(UI ui, String username, SecurityContext security, Consumer<Change> onChange,
            Consumer<List<String>> onPresence) {
    }

    private final Map<Long, Set<Reader>> readers = new ConcurrentHashMap<>();
    private final Executor executor;

    LiveClaims(TaskExecutor executor) {
        this.executor = executor;
    }

    /** Registers an open reader; everybody on the article learns who is there. Remove it when the reader closes. */
    Registration join(long articleId, UI ui, String username, Consumer<Change> onChange,
            Consumer<List<String>> onPresence) {
        SecurityContext security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        Reader reader = new Reader(ui, username, security, onChange, onPresence);
        readers.computeIfAbsent(articleId, id -> ConcurrentHashMap.newKeySet()).add(reader);
        announcePresence(articleId);
        return () -> {
            leave(articleId, reader);
            announcePresence(articleId);
        };
    }

    /** The usernames that have the article open, sorted, once each. */
    List<String> present(long articleId) {
        return readers.getOrDefault(articleId, Set.of()).stream().map(Reader::username).distinct().sorted().toList();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ClaimSaved event) {
        notifyOthers(event.articleId(), new Change(Change.Kind.SAVED, event.claimId(), event.savedBy()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ClaimDeleted event) {
        notifyOthers(event.articleId(), new Change(Change.Kind.DELETED, event.claimId(), event.deletedBy()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(SpeakersMerged event) {
        event.articleIds().forEach(id -> notifyOthers(id, new Change(Change.Kind.MANY, null, event.mergedBy())));
    }

    private void notifyOthers(long articleId, Change change) {
        UI origin = UI.getCurrent();
        for (Reader reader : readers.getOrDefault(articleId, Set.of())) {
            if (reader.ui() != origin) {
                deliver(articleId, reader, () -> reader.onChange().accept(change));
            }
        }
    }

    private void announcePresence(long articleId) {
        List<String> present = present(articleId);
        for (Reader reader : readers.getOrDefault(articleId, Set.of())) {
            deliver(articleId, reader, () -> reader.onPresence().accept(present));
        }
    }

    /**
     * Hands the update to the reader's UI from another thread, so that the person who saved does not wait
     * for everybody else's screens, and runs it as the reader, whose rights decide what they see.
     */
    private void deliver(long articleId, Reader reader, Command update) {
        executor.execute(() -> {
            try {
                reader.ui().access(() -> {
                    SecurityContext previous = SecurityContextHolder.getContext();
                    SecurityContextHolder.setContext(reader.security());
                    try {
                        update.execute();
                    } finally {
                        SecurityContextHolder.setContext(previous);
                    }
                });
            } catch (UIDetachedException closed) {
                leave(articleId, reader);
            }
        });
    }

    private void leave(long articleId, Reader reader) {
        readers.computeIfPresent(articleId, (id, here) -> {
            here.remove(reader);
            return here.isEmpty() ? null : here;
        });
    }
}
