package org.claimdesk.review;

import java.util.List;
import java.util.UUID;
import org.claimdesk.TestUsers;
import org.claimdesk.articles.Article;
import org.claimdesk.articles.ArticleService;
import org.claimdesk.articles.NewArticle;
import org.claimdesk.claims.Attribution;
import org.claimdesk.claims.Claim;
import org.claimdesk.claims.ClaimFields;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimType;
import org.claimdesk.claims.NewClaim;
import org.claimdesk.claims.SpeakerCertainty;
import org.claimdesk.security.Role;
import org.claimdesk.users.NewUser;
import org.claimdesk.users.UserService;
import org.springframework.stereotype.Component;

/** Articles, claims and accounts for the review tests, made through the real services. */
@Component
class ReviewFixtures {

    static final String BODY = "The lab said its model beats every rival. The company plans a release in May.";

    private final ArticleService articles;
    private final ClaimService claims;
    private final UserService accounts;
    private final TestUsers users;

    ReviewFixtures(ArticleService articles, ClaimService claims, UserService accounts, TestUsers users) {
        this.articles = articles;
        this.claims = claims;
        this.users = users;
        this.accounts = accounts;
    }

    /** A new article, added by the demo annotator; leaves the annotator signed in. */
    Article article() {
        users.signIn(Role.ANNOTATOR);
        return articles.create(new NewArticle("Review " + UUID.randomUUID(), "Wire", null, null, null, "en",
                BODY + "\n" + UUID.randomUUID()));
    }

    static ClaimFields fields(int confidence) {
        return new ClaimFields(null, Attribution.PARAPHRASE, SpeakerCertainty.ASSERTED, confidence, ClaimType.CAPABILITY,
                List.of("ai"), null);
    }

    /** A draft on "its model beats every rival" by whoever is signed in. */
    Claim draft(Article article) {
        String quote = "its model beats every rival";
        int start = BODY.indexOf(quote);
        return claims.create(new NewClaim(article.id(), start, start + quote.length(), quote, fields(60)));
    }

    /** A draft by {@code username}; leaves them signed in. */
    Claim draftBy(String username, Article article) {
        users.signIn(username);
        return draft(article);
    }

    /** A new enabled account with the role; its username is returned. */
    String account(Role role) {
        users.signIn(Role.ADMIN);
        String name = role.name().toLowerCase(java.util.Locale.ROOT) + "-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new NewUser(name, "Test " + name, "long-enough-pw", role));
        return name;
    }
}
