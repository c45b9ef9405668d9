package org.claimdesk.articles.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.claimdesk.articles.Article;
import org.claimdesk.articles.ArticleText;

/**
 * The article text as readable paragraphs, one per stored line, set as text (never as HTML). The
 * reader places it through {@link ArticleReaderView#setBody}, so a richer component can take over.
 */
public class ArticleBody extends Div {

    public ArticleBody(Article article) {
        addClassName("article-body");
        getElement().setAttribute("lang", article.language());
        getElement().setAttribute("dir", ArticleText.isRightToLeft(article.language()) ? "rtl" : "ltr");
        ArticleText.paragraphs(article.body()).forEach(p -> {
            Paragraph paragraph = new Paragraph(p);
            paragraph.getElement().setAttribute("dir", "auto");
            add(paragraph);
        });
    }
}
