/**
 * The article list, the add-article form and the reader. {@link org.claimdesk.articles.ui.ReaderContent}
 * lets another feature supply what the reader shows as the text, {@link org.claimdesk.articles.ui.ArticleActions}
 * add controls to the reader and the list.
 */
@org.springframework.modulith.NamedInterface("ui")
@org.jspecify.annotations.NullMarked
package org.claimdesk.articles.ui;
