package io.briefing.knowledge;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same checks as {@link CorrectedKnowledgeTest}, against the packaged application (jar or native binary). */
@QuarkusIntegrationTest
class CorrectedKnowledgeIT extends CorrectedKnowledgeTest {
}
