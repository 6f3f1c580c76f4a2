package io.briefing.web;

/**
 * The reader's pages load nothing but their own stylesheet, script and icon: no inline script or
 * style, no other host, no framing, forms post back only here.
 */
final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }
}
