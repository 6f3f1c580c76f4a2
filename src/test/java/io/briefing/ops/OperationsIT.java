package io.briefing.ops;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same checks as {@link OperationsTest}, against the packaged application (jar or native binary). */
@QuarkusIntegrationTest
class OperationsIT extends OperationsTest {
}
