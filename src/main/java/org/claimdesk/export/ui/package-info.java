/** Export buttons for the search view, the reader and the article list, and the admins' export log. */
@org.jspecify.annotations.NullMarked
package org.claimdesk.export.ui;
