package org.claimdesk.articles.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.claimdesk.articles.ArticleText;

/**
 * The article text as readable paragraphs, one per stored line, set as text (never as HTML). The
 * reader places it through {@link ArticleReaderView#setBody}, so a richer component can take over.
 */
public class ArticleBody extends Div {

    public ArticleBody(String body) {
        addClassName("article-body");
        ArticleText.paragraphs(body).forEach(p -> add(new Paragraph(p)));
    }
}
