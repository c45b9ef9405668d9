package org.claimdesk.articles;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** With the demo profile, a fresh install shows the {@linkplain DemoArticles demo article}. */
@Component
@Profile("demo")
@Order(10)
class DemoArticle implements ApplicationRunner {

    private final ArticleRepository articles;
    private final ApplicationEventPublisher events;

    DemoArticle(ArticleRepository articles, ApplicationEventPublisher events) {
        this.articles = articles;
        this.events = events;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        String body = DemoArticles.body();
        String hash = ArticleText.sha256(body);
        String matchHash = ArticleText.matchHash(body);
        if (articles.findByContentHash(hash).isPresent() || articles.findByMatchHash(matchHash).isPresent()) {
            return;
        }
        NewArticle demo = new NewArticle(DemoArticles.TITLE, DemoArticles.OUTLET, null, null, null, "en", body);
        StoredArticle saved = articles.save(new StoredArticle(demo, body, hash, matchHash, "demo"));
        events.publishEvent(new ArticleImported(saved.id(), saved.title(), "demo"));
    }
}
