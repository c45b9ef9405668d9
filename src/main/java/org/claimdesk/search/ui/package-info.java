/**
 * The search view: query field with help, facet panel, lazy result list, deep links into the reader.
 * {@link org.claimdesk.search.ui.SearchActions} lets another feature add controls for the search shown.
 */
@org.springframework.modulith.NamedInterface("ui")
@org.jspecify.annotations.NullMarked
package org.claimdesk.search.ui;
