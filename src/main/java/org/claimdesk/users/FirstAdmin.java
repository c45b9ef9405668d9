package org.claimdesk.users;

import org.claimdesk.security.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Without demo data, the first admin comes from the environment ({@code CLAIMDESK_ADMIN_USERNAME},
 * {@code CLAIMDESK_ADMIN_PASSWORD}). Claimdesk refuses to start with no enabled admin and no such
 * variables, rather than run with an account nobody can manage.
 */
@Component
@Profile("!demo")
@Order(0)
class FirstAdmin implements ApplicationRunner {

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final UsersProperties properties;

    FirstAdmin(UserRepository users, PasswordEncoder passwordEncoder, UsersProperties properties) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.existsByRoleAndEnabledTrue(Role.ADMIN)) {
            return;
        }
        String username = properties.adminUsername().strip().toLowerCase(java.util.Locale.ROOT);
        String password = properties.adminPassword();
        if (username.isEmpty() || password.isEmpty()) {
            throw new IllegalStateException("Claimdesk has no enabled admin. Set CLAIMDESK_ADMIN_USERNAME and "
                    + "CLAIMDESK_ADMIN_PASSWORD for the first start, or run with the demo profile.");
        }
        if (!UserService.USERNAME.matcher(username).matches()) {
            throw new IllegalStateException("CLAIMDESK_ADMIN_USERNAME must be 2 to 64 lowercase letters, digits, "
                    + "dots, dashes or underscores.");
        }
        String problem = UserService.passwordProblem(password);
        if (problem != null) {
            throw new IllegalStateException("CLAIMDESK_ADMIN_PASSWORD: " + problem);
        }
        // An existing account of that name becomes the admin, with the password from the environment.
        User admin = users.findByUsername(username)
                .orElseGet(() -> new User(username, "Administrator", "", Role.ADMIN));
        admin.setPasswordHash(passwordEncoder.encode(password));
        admin.setRole(Role.ADMIN);
        admin.setEnabled(true);
        users.save(admin);
    }
}
