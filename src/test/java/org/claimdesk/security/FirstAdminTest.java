package org.claimdesk.security;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimdesk.Application;
import org.claimdesk.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Without the demo profile there are no default credentials: the first admin must come from the environment. */
@Tag(TestDatabase.TAG)
class FirstAdminTest {

    @TempDir
    Path dataDir;

    /**
     * Starts Claimdesk with the prod profile on an empty data folder (and, in the PostgreSQL run, an empty
     * database); arguments override everything else.
     */
    private ConfigurableApplicationContext startProd(String... extra) {
        List<String> args = new ArrayList<>(List.of("--spring.profiles.active=prod", "--claimdesk.data-dir=" + dataDir,
                "--server.port=0", "--spring.main.banner-mode=off"));
        if (TestDatabase.postgres()) {
            args.addAll(TestDatabase.freshPostgres("first_admin").asArguments());
        }
        args.addAll(List.of(extra));
        return new SpringApplicationBuilder(Application.class).run(args.toArray(String[]::new));
    }

    @Test
    void prod_refuses_to_start_without_a_first_admin() {
        assertThatThrownBy(() -> startProd().close()).hasStackTraceContaining("CLAIMDESK_ADMIN_USERNAME");
    }

    @Test
    void prod_creates_the_first_admin_from_the_environment_and_no_demo_accounts() {
        try (ConfigurableApplicationContext app = startProd("--claimdesk.users.admin-username=Chief",
                "--claimdesk.users.admin-password=a-very-long-secret")) {
            UserDetailsService users = app.getBean(UserDetailsService.class);
            assertThat(users.loadUserByUsername("chief").getAuthorities()).extracting(Object::toString)
                    .contains("ROLE_ADMIN");
            assertThatThrownBy(() -> users.loadUserByUsername("viewer")).isInstanceOf(UsernameNotFoundException.class);
        }
    }
}
