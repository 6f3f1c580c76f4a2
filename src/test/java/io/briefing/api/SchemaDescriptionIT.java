package io.briefing.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same checks as {@link SchemaDescriptionTest}, against the packaged application (jar or native binary). */
@QuarkusIntegrationTest
class SchemaDescriptionIT extends SchemaDescriptionTest {
}
