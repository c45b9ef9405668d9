package org.claimdesk.claims.ui;

import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.ui.ServiceErrors;
import org.claimdesk.claims.Attribution;
import org.claimdesk.claims.Claim;
import org.claimdesk.claims.ClaimConflictException;
import org.claimdesk.claims.ClaimFields;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimType;
import org.claimdesk.claims.NewClaim;
import org.claimdesk.claims.SpeakerCertainty;
import org.claimdesk.claims.SpeakerService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Creates a claim from a selection, or shows and edits an existing one. Refused input stays in the
 * form with a message at its field; a conflicting save offers to load the other person's version.
 * Closing it, or leaving for another claim, asks first when that would throw away unsaved changes.
 */
class ClaimEditor extends VerticalLayout {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withZone(ZoneId.systemDefault());

    private final ClaimService claims;
    private final long articleId;
    private final Consumer<Claim> onSaved;
    private final Consumer<Long> onDeleted;
    private final Runnable onClose;

    final H3 heading = new H3();
    final Div quote = new Div();
    final SpeakerField speaker;
    final Select<Attribution> attribution = new Select<>();
    final Select<SpeakerCertainty> certainty = new Select<>();
    final ConfidenceField confidence = new ConfidenceField();
    final Select<ClaimType> type = new Select<>();
    final MultiSelectComboBox<String> tags = new MultiSelectComboBox<>("Tags");
    final TextArea note = new TextArea("Note");
    final Span meta = new Span();
    final Div conflict = new Div();
    final Button save = new Button("Save claim");
    final Button delete = new Button("Delete");
    final Button close = new Button("Close");

    private ClaimHighlighter.@Nullable Selection selection;
    private @Nullable Claim editing;
    /** The form as it was filled for the claim or selection on screen: anything else is unsaved work. */
    private @Nullable Draft loaded;

    ClaimEditor(ClaimService claims, SpeakerService speakers, long articleId, Consumer<Claim> onSaved,
            Consumer<Long> onDeleted, Runnable onClose) {
        this.claims = claims;
        this.articleId = articleId;
        this.onSaved = onSaved;
        this.onDeleted = onDeleted;
        this.onClose = onClose;
        addClassName("claim-editor");
        setPadding(false);
        setSpacing(false);
        speaker = new SpeakerField(speakers);
        speaker.setId("claim-speaker");

        attribution.setLabel("Attribution");
        attribution.setItems(Attribution.values());
        attribution.setItemLabelGenerator(Attribution::label);
        attribution.addValueChangeListener(e -> attribution.setHelperText(e.getValue() == null ? null : e.getValue().description()));
        certainty.setLabel("Speaker certainty");
        certainty.setItems(SpeakerCertainty.values());
        certainty.setItemLabelGenerator(SpeakerCertainty::label);
        certainty.addValueChangeListener(e -> certainty.setHelperText(e.getValue() == null ? null : e.getValue().description()));
        confidence.setId("claim-confidence");
        type.setLabel("Claim type");
        type.setId("claim-type");
        type.setItems(ClaimType.values());
        type.setItemLabelGenerator(ClaimType::label);
        type.setRenderer(new ComponentRenderer<>(ClaimEditor::typeOption));
        type.addValueChangeListener(e -> type.setHelperText(e.getValue() == null ? null : e.getValue().description()));
        tags.setAllowCustomValue(true);
        tags.setItems(new ArrayList<>());
        tags.addCustomValueSetListener(e -> addTag(e.getDetail()));
        tags.setId("claim-tags");
        note.setId("claim-note");
        note.setValueChangeMode(ValueChangeMode.LAZY);
        note.addValueChangeListener(e -> note.setHelperText("%,d / 4,000 characters".formatted(
                e.getValue().codePointCount(0, e.getValue().length()))));
        fields().values().forEach(f -> f.setManualValidation(true));
        Stream.<HasSize>of(speaker, attribution, certainty, confidence, type, tags, note).forEach(HasSize::setWidthFull);

        quote.addClassName("claim-quote");
        meta.addClassName("claim-meta");
        conflict.addClassName("claim-conflict");
        conflict.setVisible(false);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("claim-save");
        save.addClickListener(e -> save());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.setId("claim-delete");
        delete.addClickListener(e -> confirmDelete());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        close.addClickListener(e -> requestClose());
        Shortcuts.addShortcutListener(this, this::requestClose, Key.ESCAPE).listenOn(this);
        HorizontalLayout actions = new HorizontalLayout(save, close, delete);
        actions.addClassName("claim-actions");

        add(heading, quote, conflict, speaker, attribution, certainty, confidence, type, tags, note, meta, actions);
    }

    /** Starts a new claim on the selected passage. */
    void startNew(ClaimHighlighter.Selection selected) {
        selection = selected;
        editing = null;
        heading.setText("New claim");
        quote.setText(selected.quote());
        speaker.clear();
        attribution.setValue(Attribution.DIRECT_QUOTE);
        certainty.setValue(SpeakerCertainty.ASSERTED);
        confidence.setNumber(70);
        type.setValue(ClaimType.OTHER);
        setTags(List.of());
        note.clear();
        meta.setText("");
        setEditable(true);
        delete.setVisible(false);
        conflict.setVisible(false);
        ServiceErrors.clear(fields());
        loaded = draft();
        speaker.focus();
    }

    /** Shows an existing claim; editable when the signed-in user may change it. */
    void show(Claim claim, boolean editable) {
        selection = null;
        editing = claim;
        heading.setText(editable ? "Edit claim" : "Claim");
        quote.setText(claim.anchor().quote());
        speaker.setValue(claim.speaker());
        attribution.setValue(claim.attribution());
        certainty.setValue(claim.certainty());
        confidence.setNumber(claim.confidence());
        type.setValue(claim.type());
        setTags(claim.tags());
        note.setValue(claim.note() == null ? "" : claim.note());
        meta.setText("%s · by %s, %s%s".formatted(claim.status().label(), claim.createdBy(),
                WHEN.format(claim.createdAt()), claim.version() == 0 ? ""
                        : " · changed by %s, %s".formatted(claim.updatedBy(), WHEN.format(claim.updatedAt()))));
        setEditable(editable);
        delete.setVisible(editable);
        conflict.setVisible(false);
        ServiceErrors.clear(fields());
        loaded = draft();
    }

    /** Forgets the claim or selection on screen (the editor is closing). */
    void reset() {
        editing = null;
        selection = null;
        loaded = null;
    }

    /** Whether the form holds changes that closing it would lose (a read-only form never does). */
    boolean hasUnsavedChanges() {
        return isVisible() && save.isVisible() && loaded != null && !draft().equals(loaded);
    }

    /** Runs {@code leave} at once when no unsaved change would be lost by it, otherwise once the user agrees. */
    void whenDiscardable(Runnable leave) {
        if (hasUnsavedChanges()) {
            new ConfirmDiscard(leave).open();
        } else {
            leave.run();
        }
    }

    /** Closes the editor (Esc, or the Close button), asking first when unsaved changes would be lost. */
    void requestClose() {
        whenDiscardable(onClose);
    }

    /** What the user can change in the form, as it stands. */
    private record Draft(@Nullable Long speakerId, @Nullable Attribution attribution, @Nullable SpeakerCertainty certainty,
            String confidence, @Nullable ClaimType type, Set<String> tags, String note) {
    }

    private Draft draft() {
        return new Draft(speaker.getValue() == null ? null : speaker.getValue().id(), attribution.getValue(),
                certainty.getValue(), confidence.getValue().strip(), type.getValue(), Set.copyOf(tags.getSelectedItems()),
                note.getValue());
    }

    /** The claim being edited, if any. */
    @Nullable Claim editing() {
        return editing;
    }

    /** Tells the user that someone else changed or deleted the claim on screen; their form stays as it is. */
    void changedElsewhere(String message, @Nullable Claim latest) {
        conflict.removeAll();
        conflict.add(new Span(message));
        if (latest != null) {
            Button reload = new Button("Load their version", e -> show(latest, claims.mayChange(latest)));
            reload.addThemeVariants(ButtonVariant.LUMO_SMALL);
            reload.setId("claim-reload");
            conflict.add(reload);
        }
        conflict.setVisible(true);
    }

    private void setEditable(boolean editable) {
        speaker.setReadOnly(!editable);
        attribution.setReadOnly(!editable);
        certainty.setReadOnly(!editable);
        confidence.setReadOnly(!editable);
        type.setReadOnly(!editable);
        tags.setReadOnly(!editable);
        note.setReadOnly(!editable);
        save.setVisible(editable);
    }

    private static Div typeOption(ClaimType t) {
        Span swatch = new Span();
        swatch.addClassName("type-swatch");
        swatch.getStyle().setBackground(t.color());
        Span label = new Span(t.label());
        label.getStyle().setFontWeight("600");
        Span description = new Span(t.description());
        description.addClassName("speaker-option-details");
        Div text = new Div(label, description);
        Div option = new Div(swatch, text);
        option.addClassName("type-option");
        return option;
    }

    private void addTag(String tag) {
        Set<String> selected = new LinkedHashSet<>(tags.getSelectedItems());
        selected.add(tag.strip());
        setTags(new ArrayList<>(selected));
    }

    private void setTags(List<String> values) {
        tags.setItems(new ArrayList<>(values));
        tags.setValue(new LinkedHashSet<>(values));
    }

    private Map<String, HasValidation> fields() {
        return Map.of("speaker", speaker, "confidence", confidence, "note", note, "tags", tags);
    }

    void save() {
        ServiceErrors.clear(fields());
        OptionalInt typedConfidence = confidence.number();
        if (typedConfidence.isEmpty()) {
            ServiceErrors.showAt(new InvalidInputException("confidence", ConfidenceField.MESSAGE), fields());
            return;
        }
        ClaimFields values = new ClaimFields(speaker.getValue() == null ? null : speaker.getValue().id(),
                attribution.getValue(), certainty.getValue(), typedConfidence.getAsInt(), type.getValue(),
                new ArrayList<>(tags.getSelectedItems()), note.getValue());
        try {
            Claim saved = editing == null
                    ? claims.create(new NewClaim(articleId, selection.start(), selection.end(), selection.quote(), values))
                    : claims.update(editing.id(), editing.version(), values);
            ServiceErrors.showSuccess(editing == null ? "Claim saved." : "Changes saved.");
            onSaved.accept(saved);
        } catch (ClaimConflictException e) {
            changedElsewhere(e.getMessage(), editing == null ? null : claims.find(editing.id()).orElse(null));
        } catch (InvalidInputException e) {
            ServiceErrors.showAt(e, fields());
        } catch (AccessDeniedException e) {
            ServiceErrors.showDenied(e);
        }
    }

    private void confirmDelete() {
        Claim claim = editing;
        if (claim == null) {
            return;
        }
        new ConfirmDelete(claim, () -> {
            try {
                claims.delete(claim.id(), claim.version());
                ServiceErrors.showSuccess("Claim deleted.");
                onDeleted.accept(claim.id());
            } catch (ClaimConflictException e) {
                changedElsewhere(e.getMessage(), claims.find(claim.id()).orElse(null));
            } catch (AccessDeniedException e) {
                ServiceErrors.showDenied(e);
            }
        }).open();
    }
}
