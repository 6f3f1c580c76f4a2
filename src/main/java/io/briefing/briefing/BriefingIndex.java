package io.briefing.briefing;

import io.briefing.knowledge.Names;
import io.briefing.snapshot.ActorView;
import io.briefing.snapshot.ArticleView;
import io.briefing.snapshot.EvidenceView;
import io.briefing.snapshot.KnowledgeSnapshot;
import io.briefing.snapshot.QuantityView;
import io.briefing.snapshot.TopicView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the interpreter and the search need from one snapshot, precomputed once per snapshot:
 * alias patterns for actors, stemmed keyword phrases for topics, a BM25 index over evidence and the
 * set of words the articles contain (to tell "not covered" from "worded differently").
 */
final class BriefingIndex {

    private static final double K1 = 1.2;
    private static final double B = 0.75;

    /** An actor name as it may appear in a question; short capitalised forms ("US", "UN") match case-sensitively. */
    record AliasPattern(String normalized, String caseSensitive, ActorView actor) {
    }

    /** A topic keyword as a sequence of stems. */
    record TopicPhrase(List<String> stems, TopicView topic) {
    }

    record Hit(EvidenceView evidence, double score, Set<String> matchedStems) {
    }

    private final KnowledgeSnapshot snapshot;
    private final List<AliasPattern> aliases;
    private final List<TopicPhrase> topicPhrases;
    private final List<EvidenceView> docs;
    private final List<Map<String, Double>> termFrequencies;
    private final double[] lengths;
    private final double averageLength;
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final Set<String> corpusStems = new HashSet<>();
    private final Set<String> aliasWords = new HashSet<>();

    BriefingIndex(KnowledgeSnapshot snapshot) {
        this.snapshot = snapshot;
        this.aliases = buildAliases(snapshot);
        this.topicPhrases = buildTopicPhrases(snapshot);
        this.docs = snapshot.evidence();
        this.termFrequencies = new ArrayList<>(docs.size());
        this.lengths = new double[docs.size()];
        double total = 0;
        for (int i = 0; i < docs.size(); i++) {
            Map<String, Double> tf = document(docs.get(i));
            termFrequencies.add(tf);
            double length = tf.values().stream().mapToDouble(Double::doubleValue).sum();
            lengths[i] = length;
            total += length;
            tf.keySet().forEach(stem -> documentFrequency.merge(stem, 1, Integer::sum));
        }
        this.averageLength = docs.isEmpty() ? 1 : total / docs.size();
        for (ArticleView article : snapshot.articles()) {
            Vocabulary.tokens(article.getCleanText()).forEach(t -> corpusStems.add(Vocabulary.stem(t)));
        }
        corpusStems.addAll(documentFrequency.keySet());
        aliases.forEach(a -> aliasWords.addAll(List.of(a.normalized().split(" "))));
    }

    KnowledgeSnapshot snapshot() {
        return snapshot;
    }

    List<AliasPattern> aliases() {
        return aliases;
    }

    List<TopicPhrase> topicPhrases() {
        return topicPhrases;
    }

    boolean isAliasWord(String word) {
        return aliasWords.contains(word);
    }

    boolean inCorpus(String stem) {
        return corpusStems.contains(stem);
    }

    /** BM25 over evidence; {@code query} maps stems to weights (synonyms weigh less than the reader's words). */
    List<Hit> search(Map<String, Double> query, java.util.function.Predicate<EvidenceView> filter) {
        List<Hit> hits = new ArrayList<>();
        int n = docs.size();
        for (int i = 0; i < n; i++) {
            EvidenceView doc = docs.get(i);
            if (!filter.test(doc)) {
                continue;
            }
            Map<String, Double> tf = termFrequencies.get(i);
            double score = 0;
            Set<String> matched = new HashSet<>();
            for (Map.Entry<String, Double> term : query.entrySet()) {
                Double f = tf.get(term.getKey());
                if (f == null) {
                    continue;
                }
                int df = documentFrequency.getOrDefault(term.getKey(), 0);
                double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
                score += term.getValue() * idf * (f * (K1 + 1)) / (f + K1 * (1 - B + B * lengths[i] / averageLength));
                matched.add(term.getKey());
            }
            if (score > 0) {
                hits.add(new Hit(doc, score, matched));
            }
        }
        hits.sort(Comparator.comparingDouble(Hit::score).reversed()
                .thenComparing(h -> -h.evidence().getImportance()).thenComparingInt(h -> h.evidence().getStart()));
        return hits;
    }

    /** Weighted bag of stems for one evidence item: the quote counts most, tags least. */
    private static Map<String, Double> document(EvidenceView e) {
        Map<String, Double> tf = new HashMap<>();
        add(tf, e.getCleanQuote(), 1.0);
        e.getKeywords().forEach(k -> add(tf, k, 1.0));
        if (e.getSpeaker() != null) {
            add(tf, e.getSpeaker(), 0.8);
        }
        for (QuantityView q : e.getQuantities()) {
            add(tf, q.unit(), 0.5);
        }
        for (TopicView t : e.getTopics()) {
            add(tf, t.getName(), 0.3);
            t.getKeywords().forEach(k -> add(tf, k, 0.2));
        }
        for (ActorView a : e.getActors()) {
            add(tf, a.getName(), 0.3);
        }
        return tf;
    }

    private static void add(Map<String, Double> tf, String text, double weight) {
        for (String token : Vocabulary.tokens(text)) {
            if (!Vocabulary.STOP_WORDS.contains(token)) {
                tf.merge(Vocabulary.stem(token), weight, Double::sum);
            }
        }
    }

    private static List<AliasPattern> buildAliases(KnowledgeSnapshot snapshot) {
        Map<String, AliasPattern> byKey = new HashMap<>();
        for (ActorView actor : snapshot.actors()) {
            List<String> names = new ArrayList<>(actor.getAliases());
            names.add(actor.getName());
            names.add(actor.getSlug().replace('-', ' '));
            for (String name : names) {
                String key = Names.normalize(name);
                if (key.isEmpty()) {
                    continue;
                }
                boolean shortCaps = name.length() <= 4 && name.equals(name.toUpperCase(java.util.Locale.ROOT))
                        && name.chars().anyMatch(Character::isLetter);
                byKey.putIfAbsent(key, new AliasPattern(key, shortCaps ? name.replace(".", "") : null, actor));
            }
        }
        List<AliasPattern> list = new ArrayList<>(byKey.values());
        list.sort(Comparator.comparingInt((AliasPattern a) -> a.normalized().length()).reversed());
        return List.copyOf(list);
    }

    private static List<TopicPhrase> buildTopicPhrases(KnowledgeSnapshot snapshot) {
        List<TopicPhrase> phrases = new ArrayList<>();
        for (TopicView topic : snapshot.topics()) {
            List<String> sources = new ArrayList<>(topic.getKeywords());
            sources.add(topic.getName());
            for (String keyword : sources) {
                List<String> stems = Vocabulary.tokens(keyword).stream()
                        .filter(t -> !Vocabulary.STOP_WORDS.contains(t)).map(Vocabulary::stem).toList();
                if (!stems.isEmpty() && (stems.size() > 1 || keyword.equals(topic.getName()) == false)) {
                    phrases.add(new TopicPhrase(stems, topic));
                }
            }
        }
        return List.copyOf(phrases);
    }
}
