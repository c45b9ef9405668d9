package org.claimdesk.users;

import org.claimdesk.security.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** One account per role, created only with the demo profile. The password of each is {@value #PASSWORD}. */
@Component
@Profile("demo")
@Order(0)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "claimdesk";

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;

    DemoAccounts(UserRepository users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        create("viewer", "Vera Viewer", Role.VIEWER);
        create("annotator", "Ana Annotator", Role.ANNOTATOR);
        create("reviewer", "Rey Reviewer", Role.REVIEWER);
        create("editor", "Eddie Editor", Role.EDITOR);
        create("admin", "Ada Admin", Role.ADMIN);
    }

    private void create(String username, String displayName, Role role) {
        if (!users.existsByUsername(username)) {
            users.save(new User(username, displayName, passwordEncoder.encode(PASSWORD), role));
        }
    }
}
