package io.briefing.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same checks as {@link TimelineTest}, against the packaged application (jar or native binary). */
@QuarkusIntegrationTest
class TimelineIT extends TimelineTest {
}
