package org.claimdesk.security;

/**
 * Tells whether an account may still use the application. Implemented by the users feature; asked on
 * every request of a signed-in user so that disabling an account ends its open sessions.
 */
public interface AccountStatus {

    boolean isActive(String username);
}
