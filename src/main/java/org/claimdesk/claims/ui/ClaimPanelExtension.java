package org.claimdesk.claims.ui;

import com.vaadin.flow.component.Component;
import org.claimdesk.articles.Article;
import org.claimdesk.claims.Claim;
import org.jspecify.annotations.Nullable;

/**
 * Lets another feature add to the reader's claim panel without the claims feature knowing it: a Spring bean of this
 * type contributes a part below the claim editor, which the panel tells which claim is shown. The review feature
 * puts its actions, comments and history there.
 */
public interface ClaimPanelExtension {

    /** A part for one open reader of the article. */
    Part create(Article article, Host host);

    /** What the extension shows in one panel. */
    interface Part {

        Component component();

        /** The claim the panel shows now, or null when it shows none; called again whenever that claim changed. */
        void show(@Nullable Claim claim);
    }

    /** The panel, as a part sees it. */
    interface Host {

        /** The part changed the claim (moved it through review, restored it): the panel shows it as it is now. */
        void changed(Claim claim);
    }
}
