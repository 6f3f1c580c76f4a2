package io.briefing.snapshot;

import io.briefing.article.ArticleAnalyzer;
import io.briefing.article.ArticleOrigin;
import io.briefing.knowledge.ActorKind;
import io.briefing.knowledge.Provenance;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A throwaway snapshot of one text, built without a database, for warming code paths while the
 * framework starts (see io.briefing.BriefingMain): the article analysis, the passages (speakers,
 * figures, time expressions) and actor mentions run the same code as a real snapshot. Never published.
 */
public final class SnapshotRehearsal {

    private SnapshotRehearsal() {
    }

    /** One article of {@code text} and one actor named in it; ids, hash and dates are made up. */
    public static KnowledgeSnapshot of(String text, String actorName) {
        ArticleView article = new ArticleView(1, "rehearsal", "Rehearsal", null, null, LocalDate.of(2024, 6, 19), ArticleOrigin.INGESTED,
                "rehearsal", Instant.EPOCH, new ArticleAnalyzer().analyse(text));
        ActorView actor = new ActorView(2, "rehearsal-actor", actorName, ActorKind.COUNTRY, null, Provenance.CURATED, 0, Instant.EPOCH);
        actor.aliases = List.of();
        List<ActorView> actors = List.of(actor);
        ActorMentions mentions = new ActorMentions(actors);
        article.passages = Passages.of(article);
        article.passages.forEach(p -> p.actors = mentions.in(p.getCleanQuote(), article));
        return new KnowledgeSnapshot(0, Instant.EPOCH, List.of(article), actors, List.of(), List.of(), List.of());
    }

    /**
     * Parses the snapshot's queries with Hibernate's HQL grammar, as Hibernate does (SLL prediction
     * first): the parser's decision cache is shared by all parsers of the grammar, and filling it is
     * the costliest part of the first snapshot load (about 40% of it in a start-up profile). Only the
     * syntax: nothing here needs the database or the session factory. Returns how many parsed.
     */
    public static int parseQueries() {
        int parsed = 0;
        for (String jpql : SnapshotLoader.QUERIES) {
            org.hibernate.grammars.hql.HqlParser parser = new org.hibernate.grammars.hql.HqlParser(new org.antlr.v4.runtime.CommonTokenStream(
                    new org.hibernate.grammars.hql.HqlLexer(org.antlr.v4.runtime.CharStreams.fromString(jpql))));
            parser.removeErrorListeners();
            parser.getInterpreter().setPredictionMode(org.antlr.v4.runtime.atn.PredictionMode.SLL);
            parser.setErrorHandler(new org.antlr.v4.runtime.BailErrorStrategy());
            try {
                parser.statement();
                parsed++;
            } catch (org.antlr.v4.runtime.misc.ParseCancellationException e) {
                // Hibernate falls back to full LL prediction here; so does the real load
            }
        }
        return parsed;
    }
}
