package org.claimdesk.articles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * With the demo profile, a fresh install shows the demo article ({@code demo/meta-behemoth.txt}):
 * TechCrunch's coverage, reporting a New York Times story, of Meta's superintelligence lab discussing a
 * move away from releasing its "Behemoth" model openly. Its machine-translation errors are kept.
 */
@Component
@Profile("demo")
@Order(10)
class DemoArticle implements ApplicationRunner {

    static final String RESOURCE = "demo/meta-behemoth.txt";
    static final String TITLE = "Meta’s superintelligence lab discusses moving away from an open Behemoth";
    static final String OUTLET = "TechCrunch";

    private final ArticleRepository articles;
    private final ApplicationEventPublisher events;

    DemoArticle(ArticleRepository articles, ApplicationEventPublisher events) {
        this.articles = articles;
        this.events = events;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        String body = ArticleText.normalize(text());
        String hash = ArticleText.sha256(body);
        if (articles.findByContentHash(hash).isPresent()) {
            return;
        }
        NewArticle demo = new NewArticle(TITLE, OUTLET, null, null, null, "en", body);
        StoredArticle saved = articles.save(new StoredArticle(demo, body, hash, "demo"));
        events.publishEvent(new ArticleImported(saved.id(), saved.title(), "demo"));
    }

    static String text() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Demo article missing from the classpath: " + RESOURCE, e);
        }
    }
}
