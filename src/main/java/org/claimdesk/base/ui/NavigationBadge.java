package org.claimdesk.base.ui;

import com.vaadin.flow.component.Component;
import org.jspecify.annotations.Nullable;

/**
 * A small live count beside an entry of the side navigation (the review queue's waiting claims), supplied by the
 * feature that owns the view as a Spring bean, so that the layout knows no feature.
 */
public interface NavigationBadge {

    /** The route of the entry, as in its {@code @Route} ("review"). */
    String path();

    /** A badge for one signed-in user's navigation, or null when they have none. */
    @Nullable Component create();
}
