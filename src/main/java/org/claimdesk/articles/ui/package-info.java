/**
 * The article list, the add-article form and the reader. {@link org.claimdesk.articles.ui.ReaderContent}
 * lets another feature supply what the reader shows as the text.
 */
@org.springframework.modulith.NamedInterface("ui")
@org.jspecify.annotations.NullMarked
package org.claimdesk.articles.ui;
