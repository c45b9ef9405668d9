package org.claimdesk.export;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimdesk.articles.Article;
import org.claimdesk.articles.ArticleService;
import org.claimdesk.articles.ArticleSummary;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.claims.ClaimFields;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.NewClaim;
import org.claimdesk.claims.Speaker;
import org.claimdesk.claims.SpeakerFields;
import org.claimdesk.claims.SpeakerService;
import org.claimdesk.export.internal.Annotation;
import org.claimdesk.export.internal.AnnotationCheck;
import org.claimdesk.export.internal.ImportRefused;
import org.claimdesk.export.internal.WebAnnotationReader;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports W3C Web Annotation JSON-LD (as exports write it) as claims on the articles whose text it names. Every
 * annotation is checked first (its article known, its selectors inside the text, its quote exactly the text
 * there); then, unless it is a dry run, the claims are created in one transaction: all or nothing by default, or
 * only those that passed. A file that is too large, not JSON or not Web Annotation is refused as a whole. Editors
 * and up import; the claims keep their annotator.
 */
@Service
public class ImportService {

    /** The largest file imported (also the limit of one transaction: see spring.transaction.default-timeout). */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private final ArticleService articles;
    private final ClaimService claims;
    private final SpeakerService speakers;
    private final TransactionTemplate transactions;

    ImportService(ArticleService articles, ClaimService claims, SpeakerService speakers,
            TransactionTemplate transactions) {
        this.articles = articles;
        this.claims = claims;
        this.speakers = speakers;
        this.transactions = transactions;
    }

    /** Reads the file from {@code in} (at most {@link #MAX_BYTES}) and imports it as {@code mode} says. */
    @RolesAllowed(Roles.EDITOR)
    public ImportReport importAnnotations(InputStream in, ImportMode mode) {
        List<Annotation> annotations;
        try {
            annotations = WebAnnotationReader.read(readAtMost(in));
        } catch (ImportRefused refused) {
            return ImportReport.refused(mode, refused.getMessage());
        }
        Map<String, Optional<Article>> byHash = new HashMap<>();
        List<ImportProblem> problems = new ArrayList<>();
        List<Annotation> passed = new ArrayList<>();
        for (Annotation a : annotations) {
            String problem = a.problem();
            if (problem == null) {
                Optional<Article> article = byHash.computeIfAbsent(a.textHash(), this::article);
                problem = article.isEmpty() ? "It points to an article whose text is not in Claimdesk (urn:sha256:"
                        + a.textHash() + "). Add the article first." : AnnotationCheck.problem(a, article.get());
            }
            if (problem == null) {
                passed.add(a);
            } else {
                problems.add(new ImportProblem(a.position(), a.id(), problem));
            }
        }
        Map<String, Speaker> known = new LinkedHashMap<>();
        int newSpeakers = 0;
        for (String name : passed.stream().map(Annotation::speaker).filter(n -> n != null && !n.isBlank()).distinct()
                .toList()) {
            Optional<Speaker> existing = existingSpeaker(name);
            if (existing.isPresent()) {
                known.put(name, existing.get());
            } else {
                newSpeakers++;
            }
        }
        boolean apply = !passed.isEmpty() && switch (mode) {
            case DRY_RUN -> false;
            case ALL_OR_NOTHING -> problems.isEmpty();
            case VALID_ONLY -> true;
        };
        if (apply) {
            try {
                transactions.executeWithoutResult(tx -> create(passed, byHash, known));
            } catch (InvalidInputException refused) {
                problems.add(ImportProblem.ofFile("Nothing was imported: " + refused.getMessage()));
                return new ImportReport(mode, false, annotations.size(), 0, 0, problems);
            }
        }
        return new ImportReport(mode, apply, annotations.size(), passed.size(), newSpeakers, problems);
    }

    private void create(List<Annotation> passed, Map<String, Optional<Article>> byHash, Map<String, Speaker> known) {
        for (Annotation a : passed) {
            Long speakerId = null;
            if (a.speaker() != null && !a.speaker().isBlank()) {
                speakerId = known.computeIfAbsent(a.speaker(),
                        name -> speakers.create(SpeakerFields.named(name, a.speakerKind()))).id();
            }
            long articleId = byHash.get(a.textHash()).orElseThrow().id();
            claims.importClaim(new NewClaim(articleId, a.start(), a.end(), a.exact(), new ClaimFields(speakerId,
                    a.attribution(), a.certainty(), a.confidence(), a.type(), a.tags(), a.note())),
                    a.creator() == null ? CurrentUser.requireUsername() : a.creator());
        }
    }

    private Optional<Article> article(String hash) {
        return articles.findByContentHash(hash).map(ArticleSummary::id).flatMap(articles::find);
    }

    private Optional<Speaker> existingSpeaker(String name) {
        return speakers.search(name, 0, 50).stream().filter(s -> s.name().equals(name)).findFirst();
    }

    private static byte[] readAtMost(InputStream in) {
        try {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new ImportRefused("The file is larger than %d MB, the most Claimdesk imports at once. Split it."
                        .formatted(MAX_BYTES >> 20));
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
