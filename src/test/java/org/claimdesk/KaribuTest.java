package org.claimdesk;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Browserless view tests: a mocked Vaadin UI in this thread, with the real services of the shared
 * {@link ClaimdeskTest} context behind it. Views are built by the test and shown in the UI.
 */
@ClaimdeskTest
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    protected TestUsers users;

    @Autowired
    private ApplicationContext context;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("org.claimdesk");
        }
    }

    /** Vaadin as Spring runs it: views, layouts and error views are Spring beans with their services. */
    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
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
