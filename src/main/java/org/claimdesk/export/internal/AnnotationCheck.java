package org.claimdesk.export.internal;

import org.claimdesk.articles.Article;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.claims.TextAnchor;
import org.jspecify.annotations.Nullable;

/**
 * Whether an annotation's selectors fit the article's text: the position inside it, the quote exactly the text at
 * that position, the prefix and suffix (when given) the text around it. Null when they do, else why not.
 */
public final class AnnotationCheck {

    private AnnotationCheck() {
    }

    public static @Nullable String problem(Annotation a, Article article) {
        String body = article.body();
        int length = body.codePointCount(0, body.length());
        if (a.start() < 0 || a.end() > length || a.end() <= a.start()) {
            return "Its selector %d–%d lies outside the article “%s”, which has %,d characters.".formatted(a.start(),
                    a.end(), article.title(), length);
        }
        int from = body.offsetByCodePoints(0, a.start());
        String text = body.substring(from, body.offsetByCodePoints(from, a.end() - a.start()));
        if (!text.equals(a.exact())) {
            return "Its quote does not match the article “%s” at %d–%d: the article has “%s”, the annotation “%s”."
                    .formatted(article.title(), a.start(), a.end(), excerpt(text), excerpt(a.exact()));
        }
        TextAnchor anchor;
        try {
            anchor = TextAnchor.locate(body, a.start(), a.end(), a.exact());
        } catch (InvalidInputException refused) {
            return refused.getMessage();
        }
        if (a.prefix() != null && !a.prefix().isEmpty() && !anchor.prefix().endsWith(a.prefix())
                && !a.prefix().endsWith(anchor.prefix())) {
            return "Its prefix does not match the text before the quote in the article “%s”.".formatted(article.title());
        }
        if (a.suffix() != null && !a.suffix().isEmpty() && !anchor.suffix().startsWith(a.suffix())
                && !a.suffix().startsWith(anchor.suffix())) {
            return "Its suffix does not match the text after the quote in the article “%s”.".formatted(article.title());
        }
        return null;
    }

    private static String excerpt(String text) {
        return text.codePointCount(0, text.length()) <= 60 ? text : text.substring(0, text.offsetByCodePoints(0, 60)) + "…";
    }
}
