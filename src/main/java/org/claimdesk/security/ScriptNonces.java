package org.claimdesk.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.stereotype.Component;

/**
 * Gives the scripts of every page Vaadin writes a fresh nonce, and sends the page with a
 * Content-Security-Policy that allows exactly those scripts (see {@link ContentSecurityPolicy}).
 */
@Component
class ScriptNonces implements VaadinServiceInitListener {

    static final String HEADER = "Content-Security-Policy";

    private final SecureRandom random = new SecureRandom();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::addNonce);
    }

    void addNonce(IndexHtmlResponse page) {
        String nonce = newNonce();
        page.getDocument().select("script").attr("nonce", nonce);
        page.getVaadinResponse().setHeader(HEADER, ContentSecurityPolicy.withNonce(nonce));
    }

    private String newNonce() {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
