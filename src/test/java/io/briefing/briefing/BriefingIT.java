package io.briefing.briefing;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same checks as {@link BriefingTest}, against the packaged application (jar or native binary). */
@QuarkusIntegrationTest
class BriefingIT extends BriefingTest {
}
