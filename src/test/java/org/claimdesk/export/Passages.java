package org.claimdesk.export;

import org.claimdesk.articles.Article;
import org.claimdesk.claims.ClaimFields;
import org.claimdesk.claims.NewClaim;

/** New claims on the first place where a passage occurs in an article's text, in code points. */
final class Passages {

    private Passages() {
    }

    static NewClaim claimOn(Article article, String quote, ClaimFields fields) {
        String body = article.body();
        int start = body.codePointCount(0, body.indexOf(quote));
        return new NewClaim(article.id(), start, start + quote.codePointCount(0, quote.length()), quote, fields);
    }
}
