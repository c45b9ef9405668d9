package org.claimdesk.claims.ui;

import com.vaadin.flow.component.Component;
import org.claimdesk.articles.Article;
import org.claimdesk.articles.ui.ReaderContent;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.SpeakerService;


/** Puts the highlighter and claim panel into the article reader. */
@org.springframework.stereotype.Component
class ClaimReaderContent implements ReaderContent {

    private final ClaimService claims;
    private final SpeakerService speakers;
    private final LiveClaims live;

    ClaimReaderContent(ClaimService claims, SpeakerService speakers, LiveClaims live) {
        this.claims = claims;
        this.speakers = speakers;
        this.live = live;
    }

    @Override
    public Component create(Article article) {
        return new ClaimWorkspace(article, claims, speakers, live);
    }

    @Override
    public Component create(Article article, long chosenClaimId) {
        ClaimWorkspace workspace = new ClaimWorkspace(article, claims, speakers, live);
        workspace.choose(chosenClaimId);
        return workspace;
    }
}
