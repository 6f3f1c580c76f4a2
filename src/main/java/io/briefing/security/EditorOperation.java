package io.briefing.security;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an operation for editors only (used with {@code @RolesAllowed("editor")}): refusals become
 * GraphQL errors with {@code extensions.code = "forbidden"} and a message saying what to do (see
 * {@link EditorOperationInterceptor}), and the operation is refused over WebSocket.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface EditorOperation {
}
