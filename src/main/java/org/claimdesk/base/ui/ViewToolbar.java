package org.claimdesk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** A view's heading with its controls beside it; wraps below the heading on narrow screens. */
public class ViewToolbar extends HorizontalLayout {

    /** @param grow the control that takes the free width (usually a filter field), or null */
    public ViewToolbar(String title, Component grow, Component... controls) {
        addClassName("view-toolbar");
        setWidthFull();
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(title), grow);
        add(controls);
        setFlexGrow(1, grow);
    }
}
