package io.briefing.security;

import io.briefing.error.NotAuthorizedException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Wraps editor operations outside Quarkus's security check ({@code @RolesAllowed}, which runs at
 * LIBRARY_BEFORE; this runs first, at PLATFORM_BEFORE) and turns its refusals into GraphQL errors
 * with code "forbidden" and a message that says what to do, never an HTTP 401 page or a "System
 * error". Reads stay public because only editor operations carry the check (authentication is
 * lazy: quarkus.http.auth.proactive=false). Editor operations are refused over WebSocket: a socket
 * outlives its credentials and carries the upgrade request's headers, and browsers attach stored
 * Basic credentials to cross-site upgrades.
 */
@EditorOperation
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class EditorOperationInterceptor {

    private final CurrentVertxRequest request;
    private final EditorIdentityProvider provider;
    private final Instance<SecurityIdentity> identity;

    public EditorOperationInterceptor(CurrentVertxRequest request, EditorIdentityProvider provider, Instance<SecurityIdentity> identity) {
        this.request = request;
        this.provider = provider;
        this.identity = identity;
    }

    @AroundInvoke
    Object guard(InvocationContext ctx) throws Exception {
        if (overWebSocket()) {
            throw new NotAuthorizedException("Editor operations are not accepted over WebSocket; send them with POST /graphql "
                    + "and HTTP Basic credentials");
        }
        if (!provider.configured()) {
            throw new NotAuthorizedException("Mutations are disabled: no editor credential is configured on this server "
                    + "(set BRIEFING_EDITOR_USER and BRIEFING_EDITOR_PASSWORD)");
        }
        try {
            return ctx.proceed();
        } catch (UnauthorizedException e) {
            String malformed = malformedHeader();
            throw new NotAuthorizedException(malformed != null
                    ? "The Authorization header is not valid HTTP Basic (" + malformed + "); send Authorization: Basic base64(user:password)"
                    : "Mutations require an authenticated editor: send HTTP Basic credentials "
                            + "(Authorization: Basic base64(user:password))");
        } catch (ForbiddenException e) {
            throw new NotAuthorizedException(EditorIdentityProvider.refusal(identity.get()).orElse("This user lacks the editor role"));
        } catch (AuthenticationFailedException e) {
            throw new NotAuthorizedException("Authentication failed: the user name or password is wrong");
        }
    }

    private String malformedHeader() {
        try {
            var ctx = request.getCurrent();
            return ctx == null ? null : ctx.get(BasicHeaderCheck.MALFORMED);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private boolean overWebSocket() {
        try {
            var ctx = request.getCurrent();
            String upgrade = ctx == null ? null : ctx.request().getHeader("Upgrade");
            return upgrade != null && upgrade.equalsIgnoreCase("websocket");
        } catch (RuntimeException e) {
            return false;
        }
    }
}
