package io.briefing.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.curation.Operation;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.eclipse.microprofile.graphql.Mutation;
import org.junit.jupiter.api.Test;

/** The mutation names are written once: as methods of CurationMutations, mirrored by {@link Operation}. */
class CurationMutationsTest {

    @Test
    void everyMutationHasItsOperationAndNoOther() {
        var methods = Arrays.stream(CurationMutations.class.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(Mutation.class)).toList();
        // No name in the annotation: the field is the method's name, so it cannot drift from it.
        assertThat(methods).allSatisfy(m -> assertThat(m.getAnnotation(Mutation.class).value()).isEmpty());
        assertThat(methods.stream().map(Method::getName))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Operation.values()).map(Operation::fieldName).toList());
    }
}
