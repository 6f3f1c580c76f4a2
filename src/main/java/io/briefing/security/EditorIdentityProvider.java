package io.briefing.security;

import io.briefing.config.BriefingSettings;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Checks the HTTP Basic credentials that Quarkus's Basic mechanism (quarkus.http.auth.basic)
 * decodes against the one editor account configured at run time through BRIEFING_EDITOR_USER and
 * BRIEFING_EDITOR_PASSWORD. With either unset (the production default), every login fails, so
 * mutations are refused; dev and test profiles set their own throwaway pair.
 * <p>
 * Failed logins are logged (client address and a short hash of the user name, never the password)
 * and throttled per client ({@link LoginThrottle}).
 */
@ApplicationScoped
public class EditorIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    public static final String EDITOR_ROLE = "editor";
    private static final Logger LOG = Logger.getLogger("io.briefing.security");

    private final Optional<String> user;
    private final Optional<String> password;
    private final LoginThrottle throttle;

    public EditorIdentityProvider(BriefingSettings settings) {
        this.user = settings.editor().user().filter(u -> !u.isBlank());
        this.password = settings.editor().password().filter(p -> !p.isBlank());
        BriefingSettings.Security security = settings.security();
        this.throttle = new LoginThrottle(security.maxFailedLogins(), security.failedLoginWindow(), security.maxTrackedClients());
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
        String client = client(request);
        long now = System.nanoTime();
        long wait = throttle.retryAfterSeconds(client, now);
        if (wait > 0) {
            return refused("Too many failed logins from this client; retry in " + wait + " s");
        }
        if (!configured()) {
            return refused("Mutations are disabled: no editor credential is configured on this server "
                    + "(set BRIEFING_EDITOR_USER and BRIEFING_EDITOR_PASSWORD)");
        }
        // Compare both parts in constant time, and always both, so timing reveals nothing.
        boolean userOk = constantTimeEquals(request.getUsername(), user.get());
        boolean passwordOk = constantTimeEquals(new String(request.getPassword().getPassword()), password.get());
        if (!(userOk & passwordOk)) {
            int failures = throttle.failed(client, now);
            LOG.warnf("Failed editor login from %s (user hash %s, failure %d in the window)", client, userHash(request.getUsername()), failures);
            return refused("Authentication failed: the user name or password is wrong");
        }
        throttle.succeeded(client);
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(request.getUsername()))
                .addRole(EDITOR_ROLE)
                .build());
    }

    /**
     * Bad credentials give an identity with no role that carries the reason, rather than a failed
     * authentication: with lazy authentication Quarkus answers a failure with an HTTP 401 page,
     * while a role-less identity makes {@code @RolesAllowed} refuse the operation, which
     * {@link EditorOperationInterceptor} reports as a GraphQL error with this reason.
     */
    private static Uni<SecurityIdentity> refused(String reason) {
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal("unauthenticated"))
                .addAttribute(REFUSAL_ATTRIBUTE, reason)
                .build());
    }

    /** Why an identity was refused, if it was (see {@link #refused}). */
    public static Optional<String> refusal(SecurityIdentity identity) {
        Object reason = identity == null ? null : identity.getAttribute(REFUSAL_ATTRIBUTE);
        return Optional.ofNullable(reason == null ? null : reason.toString());
    }

    private static final String REFUSAL_ATTRIBUTE = "io.briefing.security.refusal";

    private static String client(UsernamePasswordAuthenticationRequest request) {
        var ctx = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (ctx == null || ctx.request().remoteAddress() == null) {
            return "unknown";
        }
        return ctx.request().remoteAddress().hostAddress();
    }

    /** First 12 hex digits of the user name's SHA-256: enough to tell attempts apart, not to read the name. */
    static String userHash(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(String.valueOf(name).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean constantTimeEquals(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
