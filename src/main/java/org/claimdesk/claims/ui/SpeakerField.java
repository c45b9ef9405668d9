package org.claimdesk.claims.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.data.renderer.LitRenderer;
import org.claimdesk.claims.Speaker;
import org.claimdesk.claims.SpeakerService;

/**
 * Finds a speaker by name or alias, ignoring case and accents, and offers to add a new one when the
 * typed name matches nobody.
 */
class SpeakerField extends ComboBox<Speaker> {

    SpeakerField(SpeakerService speakers) {
        super("Speaker");
        setPlaceholder("Type a name or alias");
        setItems(query -> speakers.search(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        setItemLabelGenerator(Speaker::name);
        setRenderer(LitRenderer.<Speaker>of("""
                <div class="speaker-option"><span>${item.name}</span>
                <span class="speaker-option-details">${item.details}</span></div>""")
                .withProperty("name", Speaker::name)
                .withProperty("details", s -> s.kind().label() + (s.aliases().isEmpty() ? "" : " · also " + String.join(", ", s.aliases()))));
        setAllowCustomValue(true);
        setClearButtonVisible(true);
        setHelperText("Not listed? Type the full name and press Enter to add the speaker.");
        addCustomValueSetListener(e -> new NewSpeakerDialog(speakers, e.getDetail(), this::setValue).open());
    }
}
