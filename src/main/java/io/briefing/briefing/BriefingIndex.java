package io.briefing.briefing;

import io.briefing.knowledge.EvidenceStatus;
import io.briefing.knowledge.Names;
import io.briefing.language.EnglishAnalysis;
import io.briefing.language.Lemmas;
import io.briefing.language.NameVariants;
import io.briefing.snapshot.ActorView;
import io.briefing.snapshot.EvidenceView;
import io.briefing.snapshot.KnowledgeSnapshot;
import io.briefing.snapshot.TopicView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Everything the question reader and the composer need from one snapshot, built once per snapshot:
 * an in-memory Lucene index (BM25) over every sentence of every article and every curated evidence
 * item, alias patterns for actors (their names, aliases and common variants such as "DPRK"),
 * stemmed keyword phrases for topics, and the stems the articles contain (to tell "not covered"
 * from "worded differently").
 */
final class BriefingIndex {

    static final String TEXT = "text";
    private static final String ID = "id";

    /** An actor name as it may appear in a question; short capitalised forms ("US", "UN") match case-sensitively. */
    record AliasPattern(String normalized, String caseSensitive, ActorView actor) {
    }

    /** A topic keyword as a sequence of stems. */
    record TopicPhrase(List<String> stems, TopicView topic) {
    }

    /**
     * One searchable unit: a curated evidence item or an article sentence, with its stems, the stems
     * of the sentences around it in its paragraph (what "it" and "he" refer to), and the actors it
     * names by any alias or common variant.
     */
    record Doc(EvidenceView evidence, Set<String> stems, Set<String> context, Set<ActorView> actors) {
        boolean curated() {
            return evidence.getStatus() != EvidenceStatus.UNREVIEWED;
        }
    }

    record Hit(Doc doc, double score) {
        EvidenceView evidence() {
            return doc.evidence();
        }
    }

    private final KnowledgeSnapshot snapshot;
    private final List<AliasPattern> aliases;
    private final List<TopicPhrase> topicPhrases;
    private final List<Doc> docs = new ArrayList<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final Set<String> corpusStems = new HashSet<>();
    private final Set<String> aliasWords = new HashSet<>();
    private final IndexSearcher searcher;
    private final Map<String, Set<String>> titleStems = new java.util.concurrent.ConcurrentHashMap<>();

    BriefingIndex(KnowledgeSnapshot snapshot) {
        this.snapshot = snapshot;
        this.aliases = buildAliases(snapshot);
        this.topicPhrases = buildTopicPhrases(snapshot);
        Map<String, List<EvidenceView>> byParagraph = new java.util.LinkedHashMap<>();
        Map<EvidenceView, Set<String>> stemsOf = new HashMap<>();
        for (EvidenceView p : snapshot.passages()) {
            byParagraph.computeIfAbsent(paragraphKey(p), k -> new ArrayList<>()).add(p);
            stemsOf.put(p, new HashSet<>(EnglishAnalysis.stems(searchText(p))));
        }
        for (EvidenceView e : snapshot.evidence()) {
            // A curated item's index words help the search find it, but say less than its own words.
            Set<String> stems = new HashSet<>(EnglishAnalysis.stems(Lemmas.shared().withBaseForms(e.getCleanQuote())));
            Set<String> context = new HashSet<>();
            byParagraph.getOrDefault(paragraphKey(e), List.of()).forEach(p -> context.addAll(stemsOf.get(p)));
            Set<String> indexWords = new HashSet<>(EnglishAnalysis.stems(searchText(e)));
            indexWords.removeAll(stems);
            context.addAll(indexWords);
            context.removeAll(stems);
            docs.add(new Doc(e, stems, context, actorsIn(e)));
        }
        for (List<EvidenceView> paragraph : byParagraph.values()) {
            for (int i = 0; i < paragraph.size(); i++) {
                EvidenceView p = paragraph.get(i);
                Set<String> context = new HashSet<>();
                if (i > 0) {
                    context.addAll(stemsOf.get(paragraph.get(i - 1)));
                }
                if (i + 1 < paragraph.size()) {
                    context.addAll(stemsOf.get(paragraph.get(i + 1)));
                }
                context.removeAll(stemsOf.get(p));
                docs.add(new Doc(p, stemsOf.get(p), context, actorsIn(p)));
            }
        }
        for (Doc d : docs) {
            d.stems().forEach(s -> documentFrequency.merge(s, 1, Integer::sum));
        }
        corpusStems.addAll(documentFrequency.keySet());
        aliases.forEach(a -> aliasWords.addAll(List.of(a.normalized().split(" "))));
        this.searcher = buildSearcher();
    }

    /**
     * What an item is searched by: its cleaned reading (fused words separated) with the base words of
     * irregular forms ("met" also as "meet"); for curated items also the curator's index words and
     * the speaker.
     */
    static String searchText(EvidenceView e) {
        StringBuilder text = new StringBuilder(Lemmas.shared().withBaseForms(e.getCleanQuote()));
        if (e.getStatus() == EvidenceStatus.UNREVIEWED) {
            return text.toString();
        }
        e.getKeywords().forEach(k -> text.append(". ").append(k));
        if (e.getSpeaker() != null) {
            text.append(". ").append(e.getSpeaker());
        }
        return text.toString();
    }

    private IndexSearcher buildSearcher() {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(EnglishAnalysis.analyzer()).setSimilarity(new BM25Similarity());
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int i = 0; i < docs.size(); i++) {
                Doc d = docs.get(i);
                Document doc = new Document();
                doc.add(new StoredField(ID, i));
                doc.add(new TextField(TEXT, searchText(d.evidence()), Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.commit();
            IndexSearcher s = new IndexSearcher(DirectoryReader.open(directory));
            s.setSimilarity(new BM25Similarity());
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException("Building the in-memory search index failed", e);
        }
    }

    KnowledgeSnapshot snapshot() {
        return snapshot;
    }

    /** The stems of an article's headline. */
    Set<String> titleStems(io.briefing.snapshot.ArticleView article) {
        return titleStems.computeIfAbsent(article.getSlug(), k -> Set.copyOf(EnglishAnalysis.stems(article.getTitle())));
    }

    private static String paragraphKey(EvidenceView e) {
        return e.getArticle().getSlug() + "#" + e.getParagraphIndex();
    }

    /** The actors an item names: its curated actors and speaker, and every actor whose name or variant it contains. */
    private Set<ActorView> actorsIn(EvidenceView e) {
        Set<ActorView> found = new LinkedHashSet<>(e.getActors());
        if (e.getSpeakerActor() != null) {
            found.add(e.getSpeakerActor());
        }
        String text = e.getCleanQuote();
        StringBuilder masked = new StringBuilder(" " + Names.normalize(text) + " ");
        String plain = text.replace(".", "");
        for (AliasPattern alias : aliases) {
            String needle = " " + alias.normalized() + " ";
            int at = masked.indexOf(needle);
            if (at < 0 || alias.caseSensitive() != null && !Names.containsWord(plain, alias.caseSensitive())) {
                continue;
            }
            found.add(alias.actor());
            for (int i = at + 1; i < at + needle.length() - 1; i++) {
                masked.setCharAt(i, '#');
            }
        }
        return Set.copyOf(found);
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

    int documentCount() {
        return docs.size();
    }

    /** Inverse document frequency of a stem (BM25's form), 0 for stems no document has. */
    double idf(String stem) {
        int df = documentFrequency.getOrDefault(stem, 0);
        if (df == 0) {
            return 0;
        }
        int n = docs.size();
        return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }

    /** Lucene BM25 search, best first; only documents the filter accepts. */
    List<Hit> search(Query query, int limit, Predicate<EvidenceView> filter) {
        List<Hit> hits = new ArrayList<>();
        try {
            for (ScoreDoc sd : searcher.search(query, Math.max(limit, 1)).scoreDocs) {
                int id = searcher.storedFields().document(sd.doc).getField(ID).numericValue().intValue();
                Doc doc = docs.get(id);
                if (filter.test(doc.evidence())) {
                    hits.add(new Hit(doc, sd.score));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Searching the in-memory index failed", e);
        }
        return hits;
    }

    /** Every document, for questions that name only actors or topics. */
    List<Doc> docs() {
        return docs;
    }

    private static List<AliasPattern> buildAliases(KnowledgeSnapshot snapshot) {
        Map<String, AliasPattern> byKey = new HashMap<>();
        Map<ActorView, Set<String>> ownNames = new java.util.LinkedHashMap<>();
        for (ActorView actor : snapshot.actors()) {
            Set<String> names = new LinkedHashSet<>(actor.getAliases());
            names.add(actor.getName());
            names.add(actor.getSlug().replace('-', ' '));
            ownNames.put(actor, names);
            names.forEach(name -> put(byKey, name, actor));
        }
        // Common variants ("DPRK", "NK", "North Korean") of the actors' names, from the shipped name
        // list and WordNet; they never take a name that is some actor's own.
        ownNames.forEach((actor, names) -> {
            for (String name : names) {
                NameVariants.shared().variantsOf(name, actor.getKind().name()).forEach(v -> put(byKey, v, actor));
            }
        });
        List<AliasPattern> list = new ArrayList<>(byKey.values());
        list.sort(Comparator.comparingInt((AliasPattern a) -> a.normalized().length()).reversed());
        return List.copyOf(list);
    }

    private static void put(Map<String, AliasPattern> byKey, String name, ActorView actor) {
        String key = Names.normalize(name);
        if (key.isEmpty()) {
            return;
        }
        boolean shortCaps = name.replace(".", "").length() <= 4 && name.equals(name.toUpperCase(Locale.ROOT))
                && name.chars().anyMatch(Character::isLetter);
        byKey.putIfAbsent(key, new AliasPattern(key, shortCaps ? name.replace(".", "") : null, actor));
    }

    /** A phrase's words split as the question reader splits them ("U.N." is "u", "n"), each stemmed; stop words dropped. */
    static List<String> wordStems(String phrase) {
        List<String> stems = new ArrayList<>();
        for (String part : Names.normalize(phrase).split(" ")) {
            String stem = part.isEmpty() ? null : EnglishAnalysis.stem(part);
            if (stem != null) {
                stems.add(stem);
            }
        }
        return stems;
    }

    private static List<TopicPhrase> buildTopicPhrases(KnowledgeSnapshot snapshot) {
        List<TopicPhrase> phrases = new ArrayList<>();
        for (TopicView topic : snapshot.topics()) {
            List<String> sources = new ArrayList<>(topic.getKeywords());
            sources.add(topic.getName());
            for (String keyword : sources) {
                List<String> stems = wordStems(keyword);
                if (!stems.isEmpty() && (stems.size() > 1 || !keyword.equals(topic.getName()))) {
                    phrases.add(new TopicPhrase(stems, topic));
                }
            }
        }
        return List.copyOf(phrases);
    }
}
