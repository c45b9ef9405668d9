/** The main layout and UI components shared by the features' views. */
@org.springframework.modulith.NamedInterface("ui")
@org.jspecify.annotations.NullMarked
package org.claimdesk.base.ui;
