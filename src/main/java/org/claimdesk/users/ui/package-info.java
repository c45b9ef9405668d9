/** User administration, for admins. */
@org.jspecify.annotations.NullMarked
package org.claimdesk.users.ui;
