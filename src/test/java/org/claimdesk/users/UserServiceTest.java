package org.claimdesk.users;

import java.time.Instant;
import java.util.UUID;
import org.claimdesk.ClaimdeskTest;
import org.claimdesk.TestUsers;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.security.AccountStatus;
import org.claimdesk.security.Role;
import org.claimdesk.security.SignInFailures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ClaimdeskTest
class UserServiceTest {

    @Autowired UserService service;
    @Autowired UserRepository repository;
    @Autowired UserDetailsService userDetails;
    @Autowired AccountStatus accountStatus;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired TestUsers users;
    @Autowired SignInFailures signInFailures;

    @BeforeEach
    void signIn() {
        users.signIn(Role.ADMIN);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    static String uniqueName() {
        return "user-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void created_account_stores_only_a_bcrypt_hash_and_can_sign_in_with_its_role() {
        String name = uniqueName();
        UserAccount created = service.create(new NewUser(" " + name.toUpperCase() + " ", "New Person",
                "correct horse battery", Role.REVIEWER));

        assertThat(created.username()).isEqualTo(name);
        String hash = repository.findByUsername(name).orElseThrow().getPasswordHash();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("correct horse battery");
        assertThat(passwordEncoder.matches("correct horse battery", hash)).isTrue();
        assertThat(userDetails.loadUserByUsername(name).getAuthorities()).extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_VIEWER", "ROLE_ANNOTATOR", "ROLE_REVIEWER");
    }

    @Test
    void taken_or_malformed_usernames_and_short_passwords_are_refused_at_their_fields() {
        assertThatThrownBy(() -> service.create(new NewUser("viewer", "X", "long-enough-pw", Role.VIEWER)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("username"));
        assertThatThrownBy(() -> service.create(new NewUser("<script>", "X", "long-enough-pw", Role.VIEWER)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("username"));
        assertThatThrownBy(() -> service.create(new NewUser(uniqueName(), "X", "short", Role.VIEWER)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("password"));
        assertThatThrownBy(() -> service.create(new NewUser(uniqueName(), "n".repeat(201), "long-enough-pw", Role.VIEWER)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("displayName"));
    }

    @Test
    void display_names_are_limited_in_characters_so_two_hundred_emoji_fit() {
        String emoji = "🦊".repeat(200); // 400 UTF-16 units
        assertThat(service.create(new NewUser(uniqueName(), emoji, "long-enough-pw", Role.VIEWER)).displayName())
                .isEqualTo(emoji);
        assertThatThrownBy(() -> service.create(new NewUser(uniqueName(), emoji + "🦊", "long-enough-pw", Role.VIEWER)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("displayName");
                    assertThat(e.getMessage()).isEqualTo("Name has 201 characters; at most 200 are allowed.");
                });
    }

    @Test
    void a_display_name_of_invisible_characters_or_several_lines_is_refused() {
        assertThatThrownBy(() -> service.create(new NewUser(uniqueName(), "\u200B\u00A0", "long-enough-pw", Role.VIEWER)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("displayName");
                    assertThat(e.getMessage()).contains("invisible characters");
                });
        assertThatThrownBy(() -> service.create(new NewUser(uniqueName(), "Two\nLines", "long-enough-pw", Role.VIEWER)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("displayName"));
    }

    @Test
    void passwords_longer_than_bcrypt_reads_are_refused_with_a_message() {
        assertThatThrownBy(() -> service.create(new NewUser(uniqueName(), "Long", "p".repeat(73), Role.VIEWER)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage()).contains("72 bytes"));
        assertThatThrownBy(() -> service.create(new NewUser(uniqueName(), "Cyrillic", "ж".repeat(40), Role.VIEWER)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("password"));
        assertThat(service.create(new NewUser(uniqueName(), "Exactly", "p".repeat(72), Role.VIEWER)).enabled()).isTrue();
    }

    @Test
    void a_disabled_account_cannot_sign_in_and_its_sessions_are_no_longer_active() {
        String name = uniqueName();
        UserAccount account = service.create(new NewUser(name, "Soon Gone", "long-enough-pw", Role.ANNOTATOR));
        assertThat(accountStatus.activeRole(name)).contains(Role.ANNOTATOR);

        service.setEnabled(account.id(), false);

        assertThat(accountStatus.activeRole(name)).isEmpty();
        assertThat(userDetails.loadUserByUsername(name).isEnabled()).isFalse();
        service.setEnabled(account.id(), true);
        assertThat(accountStatus.activeRole(name)).contains(Role.ANNOTATOR);
    }

    @Test
    void role_changes_take_effect_at_the_next_sign_in() {
        UserAccount account = service.create(new NewUser(uniqueName(), "Promoted", "long-enough-pw", Role.VIEWER));
        UserAccount changed = service.changeRole(account.id(), Role.EDITOR);
        assertThat(changed.role()).isEqualTo(Role.EDITOR);
        assertThat(accountStatus.activeRole(account.username())).contains(Role.EDITOR);
        assertThat(userDetails.loadUserByUsername(account.username()).getAuthorities()).hasSize(4);
    }

    @Test
    void admins_cannot_disable_themselves_and_the_last_admin_keeps_the_role() {
        long self = repository.findByUsername("admin").orElseThrow().getId();
        assertThatThrownBy(() -> service.setEnabled(self, false))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("your own account");

        UserAccount second = service.create(new NewUser(uniqueName(), "Second Admin", "long-enough-pw", Role.ADMIN));
        service.changeRole(second.id(), Role.VIEWER); // allowed: 'admin' is still an admin
        assertThatThrownBy(() -> service.changeRole(self, Role.EDITOR))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("last enabled admin");
        assertThat(repository.findByUsername("admin").orElseThrow().getRole()).isEqualTo(Role.ADMIN);
    }

    @Test
    void an_admin_sees_an_account_locked_by_failed_sign_ins_and_unlocks_it() {
        UserAccount account = service.create(new NewUser(uniqueName(), "Forgetful", "long-enough-pw", Role.VIEWER));
        signInFailures.fail(account.username(), 5);

        UserAccount listed = service.list(account.username(), PageRequest.of(0, 5)).getFirst();
        assertThat(listed.locked()).isTrue();
        assertThat(listed.lockedUntil()).isAfter(Instant.now());

        assertThat(service.unlock(account.id()).locked()).isFalse();
        assertThat(service.list(account.username(), PageRequest.of(0, 5)).getFirst().locked()).isFalse();
        assertThat(signInFailures.isLocked(account.username())).isFalse();
    }

    @Test
    void list_finds_accounts_by_username_or_display_name() {
        String name = uniqueName();
        service.create(new NewUser(name, "Zelda Quorum", "long-enough-pw", Role.VIEWER));
        assertThat(service.list("zelda quorum", org.springframework.data.domain.PageRequest.of(0, 10)))
                .extracting(UserAccount::username).contains(name);
        assertThat(service.count(name)).isEqualTo(1);
    }

    @Test
    void list_ignores_case_and_accents_alike_on_every_database() {
        String name = uniqueName();
        service.create(new NewUser(name, "Jürgen Ångström-Łukasz", "long-enough-pw", Role.VIEWER));
        assertThat(service.list("JURGEN angstrom-lukasz", PageRequest.of(0, 10))).extracting(UserAccount::username)
                .containsExactly(name);
        assertThat(service.count("juergen ångström")).isEqualTo(1);
        assertThat(service.count(name.toUpperCase())).isEqualTo(1);
    }
}
