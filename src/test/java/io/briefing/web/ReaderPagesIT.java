package io.briefing.web;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same checks as {@link ReaderPagesTest}, against the packaged application (jar or native binary). */
@QuarkusIntegrationTest
class ReaderPagesIT extends ReaderPagesTest {
}
