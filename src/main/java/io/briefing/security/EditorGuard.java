package io.briefing.security;

import io.briefing.error.NotAuthorizedException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

/**
 * The editor behind the current operation, from Quarkus security: the Basic mechanism
 * (quarkus.http.auth.basic) decodes the credentials, {@link EditorIdentityProvider} checks them, and
 * {@code @RolesAllowed("editor")} with {@link EditorOperation} refuses others before any work. This
 * is the last check before a write (defence in depth) and supplies the name for the change log.
 * Nothing here reads HTTP headers: the write path depends on the security identity only.
 */
@ApplicationScoped
public class EditorGuard {

    private final Instance<SecurityIdentity> identity;

    public EditorGuard(Instance<SecurityIdentity> identity) {
        this.identity = identity;
    }

    /** @return the editor's user name, for the change log */
    public String requireEditor() {
        SecurityIdentity current;
        try {
            current = identity.get();
        } catch (AuthenticationFailedException e) {
            throw new NotAuthorizedException("Authentication failed: the user name or password is wrong");
        }
        if (current.isAnonymous()) {
            throw new NotAuthorizedException("Mutations require an authenticated editor: send HTTP Basic credentials "
                    + "(Authorization: Basic base64(user:password))");
        }
        if (!current.hasRole(EditorIdentityProvider.EDITOR_ROLE)) {
            throw new NotAuthorizedException(EditorIdentityProvider.refusal(current).orElse("This user lacks the editor role"));
        }
        return current.getPrincipal().getName();
    }
}
