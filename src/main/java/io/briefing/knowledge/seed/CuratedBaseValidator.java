package io.briefing.knowledge.seed;

import io.briefing.article.QuoteLocator;
import io.briefing.article.TextSpan;
import io.briefing.knowledge.Names;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.briefing.knowledge.seed.CuratedBase.orEmpty;

/**
 * Checks a curated file against its article before anything is written: every quote is found
 * exactly (or at its stated occurrence), every figure sits inside its quote, every reference
 * resolves, aliases are unambiguous and every motive has support. Reports all problems at once.
 */
public final class CuratedBaseValidator {

    private CuratedBaseValidator() {
    }

    /** Where each evidence quote sits in the article, by evidence key. */
    public record Located(Map<String, TextSpan> quotes) {
    }

    public static Located validate(String resource, CuratedBase base, String articleText) {
        List<String> problems = new ArrayList<>();
        if (base.article() == null || blank(base.article().slug()) || blank(base.article().title())) {
            problems.add("article: slug and title are required");
        }
        Set<String> actorSlugs = new HashSet<>();
        Map<String, String> aliasOwners = new HashMap<>();
        for (var actor : orEmpty(base.actors())) {
            if (blank(actor.slug()) || blank(actor.name()) || actor.kind() == null) {
                problems.add("actor " + actor.slug() + ": slug, name and kind are required");
                continue;
            }
            if (!actorSlugs.add(actor.slug())) {
                problems.add("actor " + actor.slug() + ": duplicate slug");
            }
            Set<String> names = new HashSet<>(orEmpty(actor.aliases()));
            names.add(actor.name());
            for (String alias : names) {
                String key = Names.normalize(alias);
                String owner = aliasOwners.putIfAbsent(key, actor.slug());
                if (owner != null && !owner.equals(actor.slug())) {
                    problems.add("alias \"" + alias + "\" belongs to both " + owner + " and " + actor.slug());
                }
            }
        }
        for (var actor : orEmpty(base.actors())) {
            if (actor.represents() != null && !actorSlugs.contains(actor.represents())) {
                problems.add("actor " + actor.slug() + ": represents unknown actor " + actor.represents());
            }
        }
        Set<String> topicSlugs = new HashSet<>();
        for (var topic : orEmpty(base.topics())) {
            if (blank(topic.slug()) || blank(topic.name())) {
                problems.add("topic " + topic.slug() + ": slug and name are required");
            } else if (!topicSlugs.add(topic.slug())) {
                problems.add("topic " + topic.slug() + ": duplicate slug");
            }
        }
        Map<String, TextSpan> located = new HashMap<>();
        for (var ev : orEmpty(base.evidence())) {
            String where = "evidence " + ev.key();
            if (blank(ev.key()) || ev.certainty() == null || ev.kind() == null) {
                problems.add(where + ": key, certainty and kind are required");
                continue;
            }
            if (located.containsKey(ev.key())) {
                problems.add(where + ": duplicate key");
                continue;
            }
            TextSpan span;
            try {
                span = QuoteLocator.locate(articleText, ev.quote(), ev.occurrence());
            } catch (QuoteLocator.QuoteNotFoundException e) {
                problems.add(where + ": " + e.getMessage());
                continue;
            }
            located.put(ev.key(), span);
            if (ev.importance() != null && (ev.importance() < 1 || ev.importance() > 5)) {
                problems.add(where + ": importance must be 1 to 5");
            }
            for (var q : orEmpty(ev.quantities())) {
                if (blank(q.text()) || !ev.quote().contains(q.text())) {
                    problems.add(where + ": quantity \"" + q.text() + "\" is not inside the quote");
                } else if (ev.quote().indexOf(q.text()) != ev.quote().lastIndexOf(q.text())) {
                    problems.add(where + ": quantity \"" + q.text() + "\" appears more than once in the quote; quote a longer, unique figure");
                }
                if (q.kind() == null || q.bound() == null || blank(q.unit())) {
                    problems.add(where + ": quantity \"" + q.text() + "\" needs kind, bound and unit");
                }
            }
            checkRefs(where, "actor", orEmpty(ev.actors()), actorSlugs, problems);
            checkRefs(where, "topic", orEmpty(ev.topics()), topicSlugs, problems);
            if (ev.speakerActor() != null && !actorSlugs.contains(ev.speakerActor())) {
                problems.add(where + ": unknown speakerActor " + ev.speakerActor());
            }
        }
        Set<String> motiveKeys = new HashSet<>();
        for (var motive : orEmpty(base.motives())) {
            String where = "motive " + motive.key();
            if (blank(motive.key()) || blank(motive.statement()) || motive.kind() == null) {
                problems.add(where + ": key, kind and statement are required");
                continue;
            }
            if (!motiveKeys.add(motive.key())) {
                problems.add(where + ": duplicate key");
            }
            if (!actorSlugs.contains(motive.actor())) {
                problems.add(where + ": unknown actor " + motive.actor());
            }
            checkRefs(where, "topic", orEmpty(motive.topics()), topicSlugs, problems);
            if (orEmpty(motive.supportedBy()).isEmpty()) {
                problems.add(where + ": needs at least one supporting evidence (supportedBy)");
            }
            checkRefs(where, "evidence", orEmpty(motive.supportedBy()), located.keySet(), problems);
            checkRefs(where, "evidence", orEmpty(motive.complicatedBy()), located.keySet(), problems);
        }
        if (!problems.isEmpty()) {
            throw new CuratedBaseException(resource, problems);
        }
        return new Located(Map.copyOf(located));
    }

    private static void checkRefs(String where, String what, List<String> refs, Set<String> known, List<String> problems) {
        for (String ref : refs) {
            if (!known.contains(ref)) {
                problems.add(where + ": unknown " + what + " " + ref);
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** A curated file that does not match its article; startup stops with every problem listed. */
    public static final class CuratedBaseException extends RuntimeException {
        public CuratedBaseException(String resource, List<String> problems) {
            super("Curated knowledge base " + resource + " is invalid (" + problems.size() + " problem(s)):\n  - "
                    + String.join("\n  - ", problems));
        }
    }
}
