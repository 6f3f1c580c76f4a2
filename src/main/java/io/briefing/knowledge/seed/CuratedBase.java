package io.briefing.knowledge.seed;

import io.briefing.knowledge.ActorKind;
import io.briefing.knowledge.Certainty;
import io.briefing.knowledge.EvidenceKind;
import io.briefing.knowledge.MotiveKind;
import io.briefing.knowledge.QuantityBound;
import io.briefing.knowledge.QuantityKind;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * The shape of a curated knowledge-base file (src/main/resources/knowledge/*.json), read by Jackson.
 * Jackson fills these records by reflection outside GraphQL, so they are registered for the native
 * image explicitly.
 */
@RegisterForReflection
public record CuratedBase(ArticleSpec article, List<ActorSpec> actors, List<TopicSpec> topics,
        List<EvidenceSpec> evidence, List<MotiveSpec> motives) {

    @RegisterForReflection
    public record ArticleSpec(String slug, String title, String resource, String source, String url, String publishedOn) {
    }

    @RegisterForReflection
    public record ActorSpec(String slug, String name, ActorKind kind, String description, String represents,
            List<String> aliases) {
    }

    @RegisterForReflection
    public record TopicSpec(String slug, String name, String description, List<String> keywords) {
    }

    @RegisterForReflection
    public record EvidenceSpec(String key, String quote, Integer occurrence, String speaker, String speakerActor,
            Certainty certainty, EvidenceKind kind, Integer importance, List<String> actors, List<String> topics,
            List<QuantitySpec> quantities, List<String> keywords, String note) {
    }

    @RegisterForReflection
    public record QuantitySpec(String text, double value, String unit, QuantityKind kind, QuantityBound bound) {
    }

    @RegisterForReflection
    public record MotiveSpec(String key, String actor, MotiveKind kind, String statement, Integer importance,
            List<String> topics, List<String> supportedBy, List<String> complicatedBy) {
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
