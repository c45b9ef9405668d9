package org.claimdesk;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void features_depend_only_on_each_others_public_api_and_form_no_cycles() {
        modules.verify();
    }

    @Test
    void every_feature_is_a_module() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .containsExactlyInAnyOrder("base", "security", "users", "articles", "claims", "cluster", "search",
                        "review", "export");
    }
}
