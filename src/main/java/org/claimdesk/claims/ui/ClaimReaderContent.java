package org.claimdesk.claims.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.claimdesk.articles.Article;
import org.claimdesk.articles.ui.ReaderContent;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.SpeakerService;
import org.springframework.beans.factory.ObjectProvider;


/** Puts the highlighter and claim panel into the article reader. */
@org.springframework.stereotype.Component
class ClaimReaderContent implements ReaderContent {

    private final ClaimService claims;
    private final SpeakerService speakers;
    private final LiveClaims live;
    private final ObjectProvider<ClaimPanelExtension> extensions;

    ClaimReaderContent(ClaimService claims, SpeakerService speakers, LiveClaims live,
            ObjectProvider<ClaimPanelExtension> extensions) {
        this.claims = claims;
        this.speakers = speakers;
        this.live = live;
        this.extensions = extensions;
    }

    @Override
    public Component create(Article article) {
        return workspace(article);
    }

    @Override
    public Component create(Article article, long chosenClaimId) {
        ClaimWorkspace workspace = workspace(article);
        workspace.choose(chosenClaimId);
        return workspace;
    }

    private ClaimWorkspace workspace(Article article) {
        List<ClaimPanelExtension> parts = extensions.orderedStream().toList();
        return new ClaimWorkspace(article, claims, speakers, live, parts);
    }
}
