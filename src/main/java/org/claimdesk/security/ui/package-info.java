/** The sign-in view. */
@org.jspecify.annotations.NullMarked
package org.claimdesk.security.ui;
