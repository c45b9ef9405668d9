package org.claimdesk.security;

/**
 * The Content-Security-Policy Claimdesk sends, and why each directive is what Vaadin 25 needs (checked
 * in Chromium by {@code CspBrowserTest}, which fails on any violation).
 *
 * <ul>
 * <li>{@code script-src 'self' 'nonce-…' 'unsafe-eval'}: the bundles come from Claimdesk itself. The
 * page Vaadin writes for every address has inline scripts (its start-up settings, with the first view's
 * state when that is rendered with the page; the hook that puts the CSRF token into the login form; an
 * old-browser check); {@link ScriptNonces} gives them a fresh nonce per page, so no other inline script
 * runs. {@code 'unsafe-eval'} is required: Flow's client runs
 * the JavaScript the server sends ({@code executeJs}, {@code callJsFunction}, used by Grid, ComboBox,
 * the page title and our highlighter) through {@code new Function(...)}; without it not even the login
 * page renders.</li>
 * <li>{@code style-src 'self' 'unsafe-inline'}: components add {@code <style>} elements at run time and
 * set {@code style} attributes (overlay positions, claim colours); without {@code 'unsafe-inline'}
 * Chromium refuses both on every page.</li>
 * <li>{@code img-src} and {@code font-src} allow {@code data:}: Lumo draws some icons and marks from
 * data URLs.</li>
 * <li>{@code connect-src 'self'}: Vaadin's requests and the push connection (a WebSocket to the same
 * host, which {@code 'self'} covers in CSP level 3 browsers).</li>
 * <li>{@code frame-ancestors 'self'}, {@code form-action 'self'}, {@code base-uri 'self'},
 * {@code object-src 'none'}: no framing by other sites, forms post only to Claimdesk, no
 * {@code <base>} or plugin tricks.</li>
 * </ul>
 */
final class ContentSecurityPolicy {

    private static final String SCRIPTS = "script-src 'self' 'unsafe-eval'";

    private static final String REST = "default-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; "
            + "font-src 'self' data:; "
            + "connect-src 'self'; "
            + "object-src 'none'; "
            + "base-uri 'self'; "
            + "form-action 'self'; "
            + "frame-ancestors 'self'";

    private ContentSecurityPolicy() {
    }

    /** For every response: no inline script may run. */
    static String withoutInlineScripts() {
        return SCRIPTS + "; " + REST;
    }

    /** For a Vaadin page whose own inline scripts carry {@code nonce}. */
    static String withNonce(String nonce) {
        return "script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval'; " + REST;
    }
}
