package org.claimdesk;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Browserless view tests: a mocked Vaadin UI in this thread, with the real services of the shared
 * {@link ClaimdeskTest} context behind it. Views are built by the test and shown in the UI.
 */
@ClaimdeskTest
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    protected TestUsers users;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("org.claimdesk");
        }
    }

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(routes);
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        TestUsers.signOut();
    }

    protected static <C extends Component> C show(C view) {
        UI.getCurrent().removeAll();
        UI.getCurrent().add(view);
        return view;
    }
}
