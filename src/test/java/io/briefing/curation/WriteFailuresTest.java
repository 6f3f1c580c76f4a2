package io.briefing.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

/** Issue 14: which storage failures the writer retries (lost same-article race) or reports as "database unavailable". */
class WriteFailuresTest {

    static RuntimeException wrapped(Throwable cause) {
        return new IllegalStateException("commit failed", new RuntimeException(cause));
    }

    @Test
    void aLostRaceOnTheArticleHashOrSlugIsRetriedOtherUniqueKeysAreNot() {
        SQLException pg = new SQLException("duplicate key value violates unique constraint \"uk_article_content_hash\"", "23505");
        assertThat(KnowledgeWriter.lostArticleRace(wrapped(new ConstraintViolationException("insert", pg, "insert into article", "uk_article_content_hash")))).isTrue();
        // H2 names constraints in upper case and Hibernate may not extract the name.
        SQLException h2 = new SQLException("Unique index or primary key violation: \"PUBLIC.UK_ARTICLE_SLUG_INDEX_D ON PUBLIC.ARTICLE(SLUG)\"", "23505");
        assertThat(KnowledgeWriter.lostArticleRace(wrapped(new ConstraintViolationException("could not execute statement [" + h2.getMessage() + "]", h2, null)))).isTrue();
        SQLException topic = new SQLException("duplicate key value violates unique constraint \"uk_topic_slug\"", "23505");
        assertThat(KnowledgeWriter.lostArticleRace(wrapped(new ConstraintViolationException("insert", topic, "insert into topic", "uk_topic_slug")))).isFalse();
        assertThat(KnowledgeWriter.lostArticleRace(new IllegalStateException("something else"))).isFalse();
    }

    @Test
    void connectionFailuresMeanTheDatabaseIsUnavailableOtherErrorsDoNot() {
        assertThat(KnowledgeWriter.databaseUnavailable(wrapped(new SQLException("Connection to 127.0.0.1:5432 refused", "08001")))).isTrue();
        assertThat(KnowledgeWriter.databaseUnavailable(wrapped(new SQLException("An I/O error occurred while sending to the backend", "08006")))).isTrue();
        assertThat(KnowledgeWriter.databaseUnavailable(wrapped(new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(KnowledgeWriter.databaseUnavailable(wrapped(new SQLException("Sorry, acquisition timeout!")))).isTrue();
        assertThat(KnowledgeWriter.databaseUnavailable(wrapped(new ConnectException("Connection refused")))).isTrue();
        assertThat(KnowledgeWriter.databaseUnavailable(wrapped(new SQLException("duplicate key value", "23505")))).isFalse();
        assertThat(KnowledgeWriter.databaseUnavailable(new IllegalArgumentException("bad"))).isFalse();
    }
}
