package org.claimdesk.claims;

import java.sql.Connection;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.claimdesk.ClaimdeskTest;
import org.claimdesk.TestUsers;
import org.claimdesk.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Speakers stored before ICU folding get fresh search keys from migration 6.2. */
@ClaimdeskTest
class SpeakerSearchKeysTest {

    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;
    @Autowired SpeakerService speakers;
    @Autowired TestUsers users;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void speakers_stored_with_the_old_accent_only_folding_are_found_after_the_refresh() throws Exception {
        users.signIn(Role.ANNOTATOR);
        String tag = " " + UUID.randomUUID().toString().substring(0, 6);
        Speaker walesa = speakers.create(new SpeakerFields("Lech Wałęsa" + tag, List.of("Bolek Øster" + tag),
                SpeakerKind.PERSON, null, null, null));
        // What the key looked like before: lowercase and accents removed, but ł and ø kept.
        jdbc.update("update speaker set search_key = ? where id = ?",
                "lech wałesa" + tag + " | bolek øster" + tag, walesa.id());
        assertThat(speakers.search("walesa" + tag, 0, 10)).isEmpty();

        try (Connection connection = dataSource.getConnection()) {
            SpeakerSearchKeys.refresh(connection);
        }

        assertThat(speakers.search("walesa" + tag, 0, 10)).extracting(Speaker::id).containsExactly(walesa.id());
        assertThat(speakers.search("bolek oster" + tag, 0, 10)).extracting(Speaker::id).containsExactly(walesa.id());
        assertThat(speakers.find(walesa.id()).orElseThrow().version()).isEqualTo(walesa.version());
    }
}
