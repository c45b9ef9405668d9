/**
 * Shared building blocks that every feature may use: the main layout with its navigation, and small
 * UI components. Depends on no feature; features plug into the navigation with {@code @Menu}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Base")
@org.jspecify.annotations.NullMarked
package org.claimdesk.base;
