package org.claimdesk.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.ui.ServiceErrors;
import org.claimdesk.claims.Claim;
import org.claimdesk.review.CommentService;
import org.claimdesk.review.ReviewComment;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/** The Comments tab: the claim's thread; others' new comments join it while the panel is open. */
class CommentThread extends Div {

    private final CommentService comments;

    final Div list = new Div();
    final TextArea text = new TextArea();
    final Button post = new Button("Comment");
    private @Nullable Claim claim;

    CommentThread(CommentService comments) {
        this.comments = comments;
        addClassName("comment-thread");
        list.addClassName("comment-list");
        list.setId("comment-list");
        text.setPlaceholder("Write a comment");
        text.setId("comment-text");
        text.setWidthFull();
        text.setManualValidation(true);
        post.setId("comment-post");
        post.addThemeVariants(ButtonVariant.LUMO_SMALL);
        post.addClickListener(e -> post());
        boolean mayWrite = CurrentUser.has(Role.ANNOTATOR);
        text.setVisible(mayWrite);
        post.setVisible(mayWrite);
        add(list, text, post);
    }

    void show(@Nullable Claim shown) {
        if (claim == null || shown == null || claim.id() != shown.id()) {
            text.clear();
            text.setInvalid(false);
        }
        claim = shown;
        refresh();
    }

    private void refresh() {
        list.removeAll();
        if (claim == null) {
            return;
        }
        var thread = comments.thread(claim.id());
        if (thread.isEmpty()) {
            list.add(new Span("No comments yet."));
        }
        for (ReviewComment c : thread) {
            Div row = new Div();
            row.addClassName("comment");
            Span who = new Span(c.author());
            who.addClassName("comment-author");
            Span when = new Span(" · " + HistoryList.WHEN.format(c.at()));
            when.addClassName("comment-when");
            Div body = new Div(c.body());
            body.addClassName("comment-body");
            row.add(who, when, body);
            list.add(row);
        }
    }

    private void post() {
        if (claim == null) {
            return;
        }
        try {
            comments.post(claim.id(), text.getValue());
            text.clear();
            text.setInvalid(false);
            refresh();
        } catch (InvalidInputException refused) {
            ServiceErrors.showAt(refused, Map.of("comment", text));
        } catch (AccessDeniedException denied) {
            ServiceErrors.showDenied(denied);
        }
    }

    /** Someone else commented on a claim of the article: read the thread again if it is this claim's. */
    void posted(long claimId) {
        if (claim != null && claim.id() == claimId) {
            refresh();
        }
    }
}
