package org.claimdesk.users;

import org.claimdesk.security.Role;

/** What an admin types to create an account. */
public record NewUser(String username, String displayName, String password, Role role) {
}
