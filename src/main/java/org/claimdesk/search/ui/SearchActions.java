package org.claimdesk.search.ui;

import com.vaadin.flow.component.Component;
import org.claimdesk.search.SearchQuery;

/**
 * Controls that another feature adds beside the search results, acting on the search they show, such as an export:
 * every bean of this type, in its order. Created again for each search that runs.
 */
public interface SearchActions {

    java.util.Optional<Component> create(SearchQuery query);
}
