/** The search view: query field with help, facet panel, lazy result list, deep links into the reader. */
@org.jspecify.annotations.NullMarked
package org.claimdesk.search.ui;
