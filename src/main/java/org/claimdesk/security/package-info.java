/**
 * Who may do what. Owns the roles (each includes the rights of the ones before it), sign-in and
 * sign-out (with the login page's CSRF token, and throttled per username and client address), the
 * headers every response carries, the password encoder and the current user. Accounts themselves live in the users
 * feature, which plugs in through {@link org.springframework.security.core.userdetails.UserDetailsService}
 * and {@link org.claimdesk.security.AccountStatus}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
@org.jspecify.annotations.NullMarked
package org.claimdesk.security;
