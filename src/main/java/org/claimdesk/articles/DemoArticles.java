package org.claimdesk.articles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;

/**
 * The demo article shipped in {@code demo/meta-behemoth.txt}: TechCrunch's coverage, reporting a New
 * York Times story, of Meta's superintelligence lab discussing a move away from releasing its
 * "Behemoth" model openly. Its machine-translation errors are kept on purpose.
 */
public final class DemoArticles {

    static final String RESOURCE = "demo/meta-behemoth.txt";
    static final String TITLE = "Meta’s superintelligence lab discusses moving away from an open Behemoth";
    static final String OUTLET = "TechCrunch";

    private DemoArticles() {
    }

    /** The demo article's body as stored (normalised). */
    public static String body() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return ArticleText.normalize(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Demo article missing from the classpath: " + RESOURCE, e);
        }
    }

    /** The content hash under which the demo article is stored. */
    public static String contentHash() {
        return ArticleText.sha256(body());
    }
}
