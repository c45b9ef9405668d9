package org.claimdesk.review.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.claimdesk.articles.ArticleCard;
import org.claimdesk.claims.Claim;
import org.claimdesk.review.MyWork;
import org.claimdesk.review.ReviewQueues;
import org.claimdesk.security.Roles;

/** An annotator's work: claims with changes requested (with the reviewer's reason), drafts, assigned articles. */
@Route("my-work")
@PageTitle("My work · Claimdesk")
@Menu(title = "My work", order = 18, icon = "vaadin:clipboard-user")
@RolesAllowed(Roles.ANNOTATOR)
public class MyWorkView extends VerticalLayout {

    static final int LIMIT = 200;

    final Div changesRequested = new Div();
    final Div drafts = new Div();
    final Div articles = new Div();

    public MyWorkView(ReviewQueues queues) {
        addClassName("my-work-view");
        MyWork work = queues.myWork(LIMIT);
        changesRequested.setId("my-changes-requested");
        drafts.setId("my-drafts");
        articles.setId("my-articles");
        claims(changesRequested, work.changesRequested(), "No claims of yours wait for changes.", true);
        claims(drafts, work.drafts(), "No drafts.", false);
        if (work.articles().isEmpty()) {
            articles.add(new Paragraph("No articles are assigned to you."));
        }
        for (ArticleCard article : work.articles()) {
            Anchor link = new Anchor("articles/" + article.id(), article.title());
            articles.add(new Div(link));
        }
        add(new H2("My work"), new H3("Changes requested"), changesRequested, new H3("Drafts"), drafts,
                new H3("Assigned articles"), articles);
    }

    private static void claims(Div into, List<Claim> claims, String none, boolean withReason) {
        if (claims.isEmpty()) {
            into.add(new Paragraph(none));
        }
        for (Claim claim : claims) {
            Div row = new Div(new Anchor("articles/" + claim.articleId() + "?claim=" + claim.id(),
                    "“" + claim.excerpt(80) + "”"));
            row.addClassName("my-work-claim");
            if (withReason) {
                Div reason = new Div(ReviewPart.describe(claim));
                reason.addClassName("review-reason");
                row.add(reason);
            }
            into.add(row);
        }
    }
}
