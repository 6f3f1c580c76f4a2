package io.briefing.api.http;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same checks as {@link HttpRobustnessTest}, against the packaged application (jar or native binary). */
@QuarkusIntegrationTest
class HttpRobustnessIT extends HttpRobustnessTest {
}
