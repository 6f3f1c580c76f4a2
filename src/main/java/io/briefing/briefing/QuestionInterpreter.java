package io.briefing.briefing;

import io.briefing.knowledge.Names;
import io.briefing.snapshot.ActorView;
import io.briefing.snapshot.TopicView;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plain-English question against the knowledge base: finds actors by any alias (and which
 * of them is the subject), topics by their keywords, the facet by cue words, and the search terms
 * with synonyms. It holds no list of known questions: everything it recognises comes from the
 * snapshot's actors and topics and from {@link Vocabulary}.
 */
final class QuestionInterpreter {

    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}[\\p{L}\\-]+");
    private static final Set<String> QUESTION_OPENERS = Set.of("what", "which", "who", "why", "how", "when", "where",
            "is", "are", "does", "do", "did", "can", "could", "will", "would", "tell", "give", "list", "explain", "show");

    private QuestionInterpreter() {
    }

    static Interpretation interpret(BriefingIndex index, String question, ActorView actorArg, TopicView topicArg,
            BriefingFacet facetArg) {
        String q = question == null ? "" : question;
        String normalized = " " + Names.normalize(q) + " ";

        // Actors: longest aliases first; a matched span is not matched again ("north korean" vs "korea").
        List<Mention> mentions = new ArrayList<>();
        StringBuilder masked = new StringBuilder(normalized);
        for (BriefingIndex.AliasPattern alias : index.aliases()) {
            String needle = " " + alias.normalized() + " ";
            int from = 0;
            int at;
            while ((at = masked.indexOf(needle, from)) >= 0) {
                if (alias.caseSensitive() == null || Names.containsWord(q.replace(".", ""), alias.caseSensitive())) {
                    mentions.add(new Mention(alias.actor(), at, precededByObjectMarker(masked, at)));
                    for (int i = at + 1; i < at + needle.length() - 1; i++) {
                        masked.setCharAt(i, '#');
                    }
                }
                from = at + 1;
            }
        }
        mentions.sort((a, b) -> Integer.compare(a.position(), b.position()));
        Set<ActorView> actors = new LinkedHashSet<>();
        if (actorArg != null) {
            actors.add(actorArg);
        }
        mentions.forEach(m -> actors.add(m.actor()));
        ActorView subject = actorArg;
        if (subject == null) {
            subject = mentions.stream().filter(m -> !m.object()).map(Mention::actor).findFirst()
                    .orElse(mentions.isEmpty() ? null : mentions.get(0).actor());
        }

        // Words left once actor names are masked out.
        List<String> rawTokens = Vocabulary.tokens(masked.toString().replace('#', ' '));
        List<String> allTokens = Vocabulary.tokens(q);
        List<String> stems = rawTokens.stream().filter(t -> !Vocabulary.STOP_WORDS.contains(t)).map(Vocabulary::stem).toList();

        // Topics: keyword phrases found in the remaining words.
        Map<TopicView, Integer> topicScores = new LinkedHashMap<>();
        for (BriefingIndex.TopicPhrase phrase : index.topicPhrases()) {
            if (containsSequence(stems, phrase.stems())) {
                topicScores.merge(phrase.topic(), phrase.stems().size(), Integer::sum);
            }
        }
        List<TopicView> topics = new ArrayList<>();
        if (topicArg != null) {
            topics.add(topicArg);
        }
        topicScores.entrySet().stream().sorted(Map.Entry.<TopicView, Integer>comparingByValue().reversed())
                .map(Map.Entry::getKey).filter(t -> !topics.contains(t)).forEach(topics::add);

        // Facet: weighted cue words; "after" counts only at the end ("What is Pyongyang after?").
        BriefingFacet facet = facetArg;
        if (facet == null) {
            Map<BriefingFacet, Integer> scores = new EnumMap<>(BriefingFacet.class);
            for (int i = 0; i < allTokens.size(); i++) {
                String token = allTokens.get(i);
                if (token.equals("after") && i != allTokens.size() - 1) {
                    continue;
                }
                for (Map.Entry<BriefingFacet, Map<String, Integer>> cue : Vocabulary.CUES.entrySet()) {
                    Integer weight = cue.getValue().get(token);
                    if (weight != null) {
                        scores.merge(cue.getKey(), weight, Integer::sum);
                    }
                }
            }
            Vocabulary.PHRASE_CUES.forEach((phrase, cue) -> {
                if (normalized.contains(" " + phrase + " ")) {
                    scores.merge(cue.getKey(), cue.getValue(), Integer::sum);
                }
            });
            facet = best(scores);
        }

        // Search terms: the reader's content words, then synonyms at half weight.
        Set<String> cueWords = new LinkedHashSet<>();
        Vocabulary.CUES.values().forEach(m -> cueWords.addAll(m.keySet()));
        List<String> contentTerms = new ArrayList<>();
        Map<String, Double> query = new LinkedHashMap<>();
        for (String token : allTokens) {
            if (Vocabulary.STOP_WORDS.contains(token)) {
                continue;
            }
            String stem = Vocabulary.stem(token);
            query.merge(stem, 1.0, Math::max);
            if (!cueWords.contains(token) && !contentTerms.contains(token)) {
                contentTerms.add(token);
            }
            for (String synonym : Vocabulary.SYNONYMS.getOrDefault(stem, List.of())) {
                for (String t : Vocabulary.tokens(synonym)) {
                    query.merge(Vocabulary.stem(t), 0.5, Math::max);
                }
            }
        }

        List<String> unknownTerms = contentTerms.stream().filter(t -> !index.inCorpus(Vocabulary.stem(t))).toList();
        List<String> unknownNames = new ArrayList<>();
        Matcher names = CAPITALISED.matcher(q);
        while (names.find()) {
            String name = names.group();
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            boolean opener = names.start() == 0 || QUESTION_OPENERS.contains(lower);
            boolean known = java.util.Arrays.stream(lower.split("-"))
                    .allMatch(part -> index.inCorpus(Vocabulary.stem(part)) || index.isAliasWord(part));
            if (!opener && !known && !unknownNames.contains(name)) {
                unknownNames.add(name);
            }
        }
        boolean figures = allTokens.stream().anyMatch(Vocabulary.NUMERIC_CUES::contains)
                && !(allTokens.contains("how") && !allTokens.contains("many") && !allTokens.contains("much"));
        return new Interpretation(q, subject, List.copyOf(actors), List.copyOf(topics), facet,
                Map.copyOf(query), List.copyOf(contentTerms), List.copyOf(unknownNames), unknownTerms, figures);
    }

    private record Mention(ActorView actor, int position, boolean object) {
    }

    private static BriefingFacet best(Map<BriefingFacet, Integer> scores) {
        BriefingFacet best = null;
        int bestScore = 0;
        // Ties go to the earlier facet in this order: concerns and offers are more specific than wants.
        for (BriefingFacet facet : List.of(BriefingFacet.CONCERNS, BriefingFacet.OFFERS, BriefingFacet.MOTIVES,
                BriefingFacet.AGENDA, BriefingFacet.EVIDENCE, BriefingFacet.OVERVIEW)) {
            int score = scores.getOrDefault(facet, 0);
            if (score > bestScore) {
                best = facet;
                bestScore = score;
            }
        }
        return best;
    }

    private static boolean precededByObjectMarker(CharSequence text, int at) {
        int end = at;
        int start = end;
        while (start > 0 && text.charAt(start - 1) != ' ') {
            start--;
        }
        if (start == end && start > 0) {
            end = start - 1;
            start = end;
            while (start > 0 && text.charAt(start - 1) != ' ') {
                start--;
            }
        }
        String previous = text.subSequence(start, end).toString().strip();
        if (previous.equals("the") && start > 1) {
            return precededByObjectMarker(text, start - 1);
        }
        return Vocabulary.OBJECT_MARKERS.contains(previous);
    }

    private static boolean containsSequence(List<String> haystack, List<String> needle) {
        outer:
        for (int i = 0; i + needle.size() <= haystack.size(); i++) {
            for (int j = 0; j < needle.size(); j++) {
                if (!haystack.get(i + j).equals(needle.get(j))) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
