package io.briefing.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same checks as {@link KnowledgeQueriesTest}, against the packaged application (jar or native binary). */
@QuarkusIntegrationTest
class KnowledgeQueriesIT extends KnowledgeQueriesTest {
}
