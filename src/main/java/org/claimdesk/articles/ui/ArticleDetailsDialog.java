package org.claimdesk.articles.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.claimdesk.articles.Article;
import org.claimdesk.articles.ArticleDetails;
import org.claimdesk.articles.ArticleService;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.ui.ServiceErrors;
import org.springframework.security.access.AccessDeniedException;

/** Editors correct an article's details (not its text); errors appear at their fields and the dialog stays open. */
class ArticleDetailsDialog extends Dialog {

    final TextField title = new TextField("Title");
    final TextField outlet = new TextField("Outlet");
    final TextField url = new TextField("URL of the original");
    final TextField authors = new TextField("Author(s)");
    final DatePicker publishedOn = new DatePicker("Published");
    final TextField language = new TextField("Language");
    final Button save = new Button("Save");

    ArticleDetailsDialog(ArticleService articles, Article article, Consumer<Article> onSaved) {
        setHeaderTitle("Article details");
        title.setId("details-title");
        outlet.setId("details-outlet");
        save.setId("details-save");
        title.setValue(article.title());
        outlet.setValue(article.outlet());
        url.setValue(Objects.requireNonNullElse(article.url(), ""));
        authors.setValue(Objects.requireNonNullElse(article.authors(), ""));
        publishedOn.setValue(article.publishedOn());
        language.setValue(article.language());
        language.setHelperText("A language code such as en, de or ar.");
        List.<HasValidation>of(title, outlet, url, authors, language).forEach(f -> f.setManualValidation(true));
        FormLayout form = new FormLayout(title, outlet, url, authors, publishedOn, language);
        form.setColspan(title, 2);
        add(form);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            Map<String, HasValidation> fields = Map.of("title", title, "outlet", outlet, "url", url, "authors", authors,
                    "language", language);
            ServiceErrors.clear(fields);
            try {
                Article saved = articles.updateDetails(article.id(), new ArticleDetails(title.getValue(),
                        outlet.getValue(), url.getValue(), authors.getValue(), publishedOn.getValue(),
                        language.getValue()));
                ServiceErrors.showSuccess("Details saved.");
                onSaved.accept(saved);
                close();
            } catch (InvalidInputException ex) {
                ServiceErrors.showAt(ex, fields);
            } catch (AccessDeniedException ex) {
                ServiceErrors.showDenied(ex);
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
