package org.claimdesk.users;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code claimdesk.users.*}: the first admin, read only when no enabled admin exists. */
@ConfigurationProperties("claimdesk.users")
record UsersProperties(@DefaultValue("") String adminUsername, @DefaultValue("") String adminPassword) {
}
