package io.briefing.security;

import io.briefing.error.NotAuthorizedException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The one gate every mutation passes before it touches anything. It reads the request's HTTP Basic
 * credentials and checks them through Quarkus's identity providers. It does this itself, rather
 * than through the HTTP authentication mechanism, so that reads stay public and every refusal is a
 * GraphQL error that says what to do, never a bare HTTP 401 page.
 */
@ApplicationScoped
public class EditorGuard {

    private final CurrentVertxRequest request;
    private final IdentityProviderManager identities;
    private final EditorIdentityProvider provider;

    public EditorGuard(CurrentVertxRequest request, IdentityProviderManager identities, EditorIdentityProvider provider) {
        this.request = request;
        this.identities = identities;
        this.provider = provider;
    }

    /** @return the editor's user name, for the change log */
    public String requireEditor() {
        if (!provider.configured()) {
            throw new NotAuthorizedException("Mutations are disabled: no editor credential is configured on this server "
                    + "(set BRIEFING_EDITOR_USER and BRIEFING_EDITOR_PASSWORD)");
        }
        String header = request.getCurrent() == null ? null : request.getCurrent().request().getHeader("Authorization");
        if (header == null || header.isBlank()) {
            throw new NotAuthorizedException("Mutations require an authenticated editor: send HTTP Basic credentials "
                    + "(Authorization: Basic base64(user:password))");
        }
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw new NotAuthorizedException("Only HTTP Basic authentication is supported (Authorization: Basic ...)");
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new NotAuthorizedException("The Authorization header is not valid HTTP Basic (bad base64)");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw new NotAuthorizedException("The Authorization header is not valid HTTP Basic (expected user:password)");
        }
        SecurityIdentity identity;
        try {
            identity = identities.authenticateBlocking(new UsernamePasswordAuthenticationRequest(decoded.substring(0, colon),
                    new PasswordCredential(decoded.substring(colon + 1).toCharArray())));
        } catch (AuthenticationFailedException e) {
            throw new NotAuthorizedException("Authentication failed: the user name or password is wrong");
        }
        if (!identity.hasRole(EditorIdentityProvider.EDITOR_ROLE)) {
            throw new NotAuthorizedException("User '" + identity.getPrincipal().getName() + "' lacks the editor role");
        }
        return identity.getPrincipal().getName();
    }
}
