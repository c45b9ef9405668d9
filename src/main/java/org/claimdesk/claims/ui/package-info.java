/**
 * The claim UI: the highlighter with its claim panel and editor inside the article reader, the
 * speakers view, and live updates between people who have the same article open.
 * {@link org.claimdesk.claims.ui.ClaimPanelExtension} lets another feature add to the claim panel.
 */
@org.springframework.modulith.NamedInterface("ui")
@org.jspecify.annotations.NullMarked
package org.claimdesk.claims.ui;
