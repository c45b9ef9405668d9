package org.claimdesk.claims.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import java.util.List;
import java.util.UUID;
import org.claimdesk.KaribuTest;
import org.claimdesk.claims.Speaker;
import org.claimdesk.claims.SpeakerFields;
import org.claimdesk.claims.SpeakerKind;
import org.claimdesk.claims.SpeakerService;
import org.claimdesk.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class SpeakersViewTest extends KaribuTest {

    @Autowired SpeakerService speakers;

    @Test
    void an_editor_finds_speakers_by_alias_and_merges_a_duplicate() {
        users.signIn(Role.EDITOR);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Speaker keep = speakers.create(new SpeakerFields("Sam Altman " + tag, List.of(), SpeakerKind.PERSON, "CEO", "OpenAI", null));
        Speaker duplicate = speakers.create(new SpeakerFields("S. Altman " + tag, List.of("Altman " + tag), SpeakerKind.PERSON,
                null, null, null));
        SpeakersView view = show(new SpeakersView(speakers));

        _setValue(view.filter, "altman " + tag);
        assertThat(GridKt._size(view.grid)).isEqualTo(2);

        MergeDialog merge = new MergeDialog(speakers, duplicate, () -> view.grid.getDataProvider().refreshAll());
        merge.open();
        _click(merge.merge);
        assertThat(merge.survivor.isInvalid()).isTrue();
        _setValue(merge.survivor, keep);
        _click(merge.merge);

        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        Speaker merged = GridKt._get(view.grid, 0).speaker();
        assertThat(merged.id()).isEqualTo(keep.id());
        assertThat(merged.aliases()).contains("S. Altman " + tag, "Altman " + tag);
    }

    @Test
    void a_speaker_name_of_500_characters_is_refused_in_the_dialog() {
        users.signIn(Role.ANNOTATOR);
        NewSpeakerDialog dialog = new NewSpeakerDialog(speakers, "x".repeat(500), s -> { });
        dialog.open();
        _click(dialog.add);
        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).contains("500").contains("at most 200");
    }
}
