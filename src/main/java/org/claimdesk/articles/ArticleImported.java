package org.claimdesk.articles;

/** Published after an article was added. */
public record ArticleImported(long articleId, String title, String importedBy) {
}
