package org.claimdesk.articles.ui;

import java.util.UUID;
import org.claimdesk.KaribuTest;
import org.claimdesk.articles.Article;
import org.claimdesk.articles.ArticleService;
import org.claimdesk.articles.NewArticle;
import org.claimdesk.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class ArticleDetailsDialogTest extends KaribuTest {

    @Autowired ArticleService articles;

    Article article() {
        users.signIn(Role.ANNOTATOR);
        return articles.create(new NewArticle("Before " + UUID.randomUUID(), "Wire", null, null, null, "en",
                "Text " + UUID.randomUUID()));
    }

    @Autowired ObjectProvider<ReaderContent> readerContent;
    @Autowired ObjectProvider<ArticleActions> actions;

    ArticleReaderView open(Article article) {
        ArticleReaderView reader = show(new ArticleReaderView(articles, readerContent, actions));
        reader.display(article);
        return reader;
    }

    @Test
    void an_editor_corrects_the_title_in_the_reader_and_the_heading_shows_it() {
        Article article = article();
        users.signIn(Role.EDITOR);
        ArticleReaderView reader = open(article);
        assertThat(reader.editDetails.isVisible()).isTrue();

        _click(reader.editDetails);
        ArticleDetailsDialog dialog = _get(ArticleDetailsDialog.class);
        _setValue(dialog.title, "After, corrected");
        _click(dialog.save);

        assertThat(reader.title.getText()).isEqualTo("After, corrected");
        assertThat(articles.find(article.id()).orElseThrow().title()).isEqualTo("After, corrected");
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void an_empty_title_is_refused_at_the_field_and_the_dialog_stays_open() {
        Article article = article();
        users.signIn(Role.EDITOR);
        ArticleReaderView reader = open(article);
        _click(reader.editDetails);
        ArticleDetailsDialog dialog = _get(ArticleDetailsDialog.class);

        _setValue(dialog.title, "   ");
        _click(dialog.save);

        assertThat(dialog.title.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(reader.title.getText()).isEqualTo(article.title());
    }

    @Test
    void annotators_do_not_see_the_edit_button() {
        Article article = article();
        assertThat(open(article).editDetails.isVisible()).isFalse();
    }
}
