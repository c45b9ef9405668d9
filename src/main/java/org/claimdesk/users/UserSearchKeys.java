package org.claimdesk.users;

import java.util.List;
import org.claimdesk.base.SearchKeyBackfill;
import org.springframework.stereotype.Component;

/** Migration 7.2: the search key (username and display name, folded) of the accounts stored before V7 added it. */
@Component
class UserSearchKeys extends SearchKeyBackfill {

    UserSearchKeys() {
        super("7.2", "app_user", List.of("username", "display_name"), User.MAX_SEARCH_KEY);
    }
}
