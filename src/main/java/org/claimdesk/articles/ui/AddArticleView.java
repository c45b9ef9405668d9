package org.claimdesk.articles.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.claimdesk.articles.Article;
import org.claimdesk.articles.ArticleFiles;
import org.claimdesk.articles.ArticleLimits;
import org.claimdesk.articles.ArticleService;
import org.claimdesk.articles.DuplicateArticleException;
import org.claimdesk.articles.NewArticle;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.ui.BoundedUpload;
import org.claimdesk.base.ui.ServiceErrors;
import org.claimdesk.security.Roles;
import org.springframework.security.access.AccessDeniedException;

/** Adds an article from pasted text or an uploaded .txt, .md or .html file. */
@Route("articles/new")
@PageTitle("Add article · Claimdesk")
@RolesAllowed(Roles.ANNOTATOR)
public class AddArticleView extends VerticalLayout {

    static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "it", "pt", "nl", "pl", "ar", "he",
            "zh", "ja", "ko", "ru", "uk", "tr");

    private final ArticleService articles;

    final TextField title = new TextField("Title");
    final TextField outlet = new TextField("Outlet");
    final TextField url = new TextField("URL of the original");
    final TextField authors = new TextField("Author(s)");
    final DatePicker publishedOn = new DatePicker("Published");
    final ComboBox<String> language = new ComboBox<>("Language", LANGUAGES);
    final TextArea body = new TextArea("Text");
    final Upload upload;
    final Span uploadMessage = new Span();
    final Div duplicateNotice = new Div();
    final Button save = new Button("Add article");

    public AddArticleView(ArticleService articles) {
        this.articles = articles;
        addClassName("add-article-view");
        setMaxWidth("60rem");

        fields().values().forEach(f -> f.setManualValidation(true));
        List.of(title, outlet).forEach(f -> f.setRequiredIndicatorVisible(true));
        body.setRequiredIndicatorVisible(true);
        title.setId("article-title");
        outlet.setId("article-outlet");
        url.setId("article-url");
        authors.setId("article-authors");
        body.setId("article-body");
        save.setId("article-save");
        language.setAllowCustomValue(true);
        language.addCustomValueSetListener(e -> language.setValue(e.getDetail()));
        language.setValue("en");
        url.setPlaceholder("https://…");
        body.setPlaceholder("Paste the article text here, or upload a file below. One paragraph per line.");
        body.setHelperText("Plain text, at most 1 MB. Line breaks separate paragraphs.");
        body.setWidthFull();
        body.setMinHeight("16rem");
        body.setMaxHeight("32rem");

        upload = new Upload(BoundedUpload.inMemory(ArticleLimits.MAX_UPLOAD_BYTES,
                (metadata, bytes) -> loadFile(metadata.fileName(), bytes),
                () -> showUploadError("The file is larger than 5 MB.")));
        upload.setId("article-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ArticleLimits.MAX_UPLOAD_BYTES);
        upload.setAcceptedFileTypes(".txt", ".md", ".markdown", ".html", ".htm", "text/plain", "text/markdown",
                "text/html");
        upload.setDropLabel(new Span("Or drop a .txt, .md or .html file (at most 5 MB)"));
        upload.addFileRejectedListener(e -> showUploadError(e.getErrorMessage().contains("size")
                ? "The file is larger than 5 MB." : "Only .txt, .md and .html files can be imported."));
        uploadMessage.addClassName("upload-message");
        duplicateNotice.addClassName("duplicate-notice");
        duplicateNotice.setVisible(false);

        FormLayout form = new FormLayout(title, outlet, url, authors, publishedOn, language);
        form.setColspan(title, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        RouterLink cancel = new RouterLink("Cancel", ArticleListView.class);
        HorizontalLayout actions = new HorizontalLayout(save, cancel);
        actions.setAlignItems(Alignment.BASELINE);

        add(new H2("Add article"), form, body, upload, uploadMessage, duplicateNotice, actions);
    }

    private void loadFile(String fileName, byte[] bytes) {
        try {
            ArticleFiles.Extracted extracted = ArticleFiles.extract(fileName, bytes);
            body.setValue(extracted.text());
            body.setInvalid(false);
            if (title.isEmpty() && extracted.title() != null) {
                title.setValue(extracted.title());
            }
            uploadMessage.removeClassName("error");
            uploadMessage.setText("Loaded the text of “" + fileName + "”. Check it below, then add the article.");
        } catch (InvalidInputException e) {
            showUploadError(e.getMessage());
        }
        upload.clearFileList();
    }

    private void showUploadError(String message) {
        uploadMessage.addClassName("error");
        uploadMessage.setText(message);
    }

    void save() {
        duplicateNotice.setVisible(false);
        ServiceErrors.clear(fields());
        NewArticle request = new NewArticle(title.getValue(), outlet.getValue(), url.getValue(), authors.getValue(),
                publishedOn.getValue(), language.getValue() == null ? "" : language.getValue(), body.getValue());
        try {
            Article created = articles.create(request);
            ServiceErrors.showSuccess("Added “" + created.title() + "”.");
            getUI().ifPresent(ui -> ui.navigate(ArticleReaderView.class, ArticleReaderView.params(created.id())));
        } catch (DuplicateArticleException e) {
            duplicateNotice.removeAll();
            duplicateNotice.add(new Span(switch (e.match()) {
                        case SAME_TEXT -> "The same text is already in Claimdesk: ";
                        case SAME_APART_FROM_SPACING ->
                                "The same text, apart from spacing and blank lines, is already in Claimdesk: ";
                    }),
                    new RouterLink(e.existingTitle(), ArticleReaderView.class, ArticleReaderView.params(e.existingId())),
                    new Span(". Nothing was added."));
            duplicateNotice.setVisible(true);
        } catch (InvalidInputException e) {
            ServiceErrors.showAt(e, fields());
        } catch (AccessDeniedException e) {
            ServiceErrors.showDenied(e);
        }
    }

    private Map<String, HasValidation> fields() {
        return Map.of("title", title, "outlet", outlet, "url", url, "authors", authors, "language", language,
                "body", body);
    }
}
