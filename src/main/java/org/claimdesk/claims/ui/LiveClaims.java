package org.claimdesk.claims.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.claimdesk.claims.Claim;
import org.claimdesk.claims.ClaimDeleted;
import org.claimdesk.claims.ClaimSaved;
import org.claimdesk.claims.Speaker;
import org.claimdesk.claims.SpeakerUpdated;
import org.claimdesk.claims.SpeakersMerged;
import org.claimdesk.claims.TrustedClaimReader;
import org.claimdesk.security.AccountStatus;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Who has which article open, and the claim changes they must see. After a change commits, the changed
 * claim is read once, off the saving user's thread, and handed to every other open reader of that
 * article through {@link UI#access}: each reader then redraws that one claim, not all of them.
 */
@Component
class LiveClaims {

    /** What an open reader must show after someone else's change. */
    sealed interface Update {
        String by();
    }

    /** A claim was created or changed; {@code claim} is its state after the change. */
    record Saved(Claim claim, String by) implements Update {
    }

    record Deleted(long claimId, String by) implements Update {
    }

    /** A speaker's name or details changed. */
    record SpeakerChanged(Speaker speaker, String by) implements Update {
    }

    /** The claims of speaker {@code mergedId} now name {@code survivor}. */
    record Merged(long mergedId, Speaker survivor, String by) implements Update {
    }

    /** An open reader, with the rights of the person reading, under which their updates run. */
    private record Reader(UI ui, String username, Optional<Role> role, SecurityContext security,
            Consumer<Update> onUpdate, Consumer<List<String>> onPresence) {
    }

    private final Map<Long, Set<Reader>> readers = new ConcurrentHashMap<>();
    private final Executor executor;
    private final TrustedClaimReader claims;
    private final AccountStatus accounts;

    LiveClaims(TaskExecutor executor, TrustedClaimReader claims, AccountStatus accounts) {
        this.executor = executor;
        this.claims = claims;
        this.accounts = accounts;
    }

    /**
     * Registers an open reader of the signed-in user; everybody on the article learns who is there.
     * Remove the registration when the reader closes.
     */
    Registration join(long articleId, UI ui, Consumer<Update> onUpdate, Consumer<List<String>> onPresence) {
        SecurityContext security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        Reader reader = new Reader(ui, CurrentUser.requireUsername(), CurrentUser.role(), security, onUpdate, onPresence);
        // One atomic step per article: a reader is never added to a set that leave() has just dropped.
        readers.compute(articleId, (id, here) -> {
            Set<Reader> set = here == null ? ConcurrentHashMap.newKeySet() : here;
            set.add(reader);
            return set;
        });
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
        if (!readers.containsKey(event.articleId())) {
            return; // nobody has the article open: nothing to read or tell
        }
        UI origin = UI.getCurrent();
        dispatch(() -> claims.claim(event.claimId())
                .ifPresent(claim -> deliver(event.articleId(), origin, new Saved(claim, event.savedBy()))));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ClaimDeleted event) {
        UI origin = UI.getCurrent();
        dispatch(() -> deliver(event.articleId(), origin, new Deleted(event.claimId(), event.deletedBy())));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(SpeakerUpdated event) {
        if (readers.isEmpty()) {
            return;
        }
        UI origin = UI.getCurrent();
        dispatch(() -> claims.speaker(event.speakerId()).ifPresent(speaker -> {
            SpeakerChanged update = new SpeakerChanged(speaker, event.updatedBy());
            readers.keySet().forEach(articleId -> deliver(articleId, origin, update));
        }));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(SpeakersMerged event) {
        if (readers.isEmpty()) {
            return;
        }
        UI origin = UI.getCurrent();
        dispatch(() -> claims.speaker(event.survivorId()).ifPresent(survivor -> {
            Merged update = new Merged(event.mergedId(), survivor, event.mergedBy());
            readers.keySet().forEach(articleId -> deliver(articleId, origin, update));
        }));
    }

    private void deliver(long articleId, @Nullable UI origin, Update update) {
        for (Reader reader : admitted(articleId)) {
            if (reader.ui() != origin) {
                access(articleId, reader, () -> reader.onUpdate().accept(update));
            }
        }
    }

    /**
     * The readers of the article whose accounts are still enabled with the role they opened it with; the
     * others are {@linkplain #dismiss dismissed}. Every push goes through here: claims and presence alike.
     */
    private List<Reader> admitted(long articleId) {
        Map<String, Boolean> allowed = new HashMap<>();
        List<Reader> admitted = new ArrayList<>();
        for (Reader reader : readers.getOrDefault(articleId, Set.of())) {
            if (allowed.computeIfAbsent(reader.username(), name -> accounts.activeRole(name).equals(reader.role()))) {
                admitted.add(reader);
            } else {
                dismiss(articleId, reader);
            }
        }
        return admitted;
    }

    /** Runs {@code work} off the calling thread; while the application shuts down, nobody is told anything. */
    private void dispatch(Runnable work) {
        try {
            executor.execute(work);
        } catch (TaskRejectedException shuttingDown) {
            // the executor only refuses work once it is stopping: the readers are going away too
        }
    }

    private void announcePresence(long articleId) {
        dispatch(() -> {
            List<Reader> admitted = admitted(articleId);
            List<String> present = present(articleId);
            for (Reader reader : admitted) {
                access(articleId, reader, () -> reader.onPresence().accept(present));
            }
        });
    }

    /**
     * A reader whose account was disabled or given another role hears nothing more: the page reloads, and
     * the reload meets the sign-in page (the session ends at its next request).
     */
    private void dismiss(long articleId, Reader reader) {
        leave(articleId, reader);
        access(articleId, reader, () -> reader.ui().getPage().reload());
    }

    /** Runs the update in the reader's UI, as the reader, whose rights decide what they see. */
    private void access(long articleId, Reader reader, Runnable update) {
        try {
            reader.ui().access(() -> new DelegatingSecurityContextRunnable(update, reader.security()).run());
        } catch (UIDetachedException closed) {
            leave(articleId, reader);
        }
    }

    private void leave(long articleId, Reader reader) {
        readers.computeIfPresent(articleId, (id, here) -> {
            here.remove(reader);
            return here.isEmpty() ? null : here;
        });
    }
}
