/**
 * Accounts: who can sign in, with which role, and whether the account is enabled. Creates the demo
 * accounts when demo data is on, and otherwise the first admin from the environment. User management,
 * including lifting sign-in locks after failed sign-ins, is for admins only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Users")
@org.jspecify.annotations.NullMarked
package org.claimdesk.users;
