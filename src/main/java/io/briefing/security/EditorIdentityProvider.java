package io.briefing.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks HTTP Basic credentials against the one editor account configured at run time through
 * BRIEFING_EDITOR_USER and BRIEFING_EDITOR_PASSWORD. With either unset (the production default),
 * every login fails, so mutations are refused; dev and test profiles set their own throwaway pair.
 */
@ApplicationScoped
public class EditorIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    public static final String EDITOR_ROLE = "editor";

    private final Optional<String> user;
    private final Optional<String> password;

    public EditorIdentityProvider(@ConfigProperty(name = "briefing.editor.user") Optional<String> user,
            @ConfigProperty(name = "briefing.editor.password") Optional<String> password) {
        this.user = user.filter(u -> !u.isBlank());
        this.password = password.filter(p -> !p.isBlank());
    }

    public boolean configured() {
        return user.isPresent() && password.isPresent();
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!configured()) {
            return Uni.createFrom().failure(new AuthenticationFailedException("no editor credential is configured"));
        }
        // Compare both parts in constant time, and always both, so timing reveals nothing.
        boolean userOk = constantTimeEquals(request.getUsername(), user.get());
        boolean passwordOk = constantTimeEquals(new String(request.getPassword().getPassword()), password.get());
        if (!(userOk & passwordOk)) {
            return Uni.createFrom().failure(new AuthenticationFailedException("invalid editor credentials"));
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(request.getUsername()))
                .addRole(EDITOR_ROLE)
                .build());
    }

    private static boolean constantTimeEquals(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
