/** The article list, the add-article form and the reader. */
@org.jspecify.annotations.NullMarked
package org.claimdesk.articles.ui;
