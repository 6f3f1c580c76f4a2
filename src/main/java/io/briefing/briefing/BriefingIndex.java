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
    /** The slug of the article a document quotes: searches about some articles only are filtered by it. */
    static final String ARTICLE = "article";

    /**
     * An actor name as it may appear in a question; short capitalised forms ("US", "UN") match
     * case-sensitively. {@code capitalisedInText} is the capitalised part of a name made of ordinary
     * words ("North" of "the North"): an article's sentence names the actor only with it written so,
     * since "to the north of the town" is no country. (Questions are often typed in lower case: there
     * the name matches as it is.)
     */
    record AliasPattern(String normalized, String caseSensitive, ActorView actor, String capitalisedInText) {
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
    /** The whole snapshot's index, when this is one article's ({@link #within}); else null. */
    private final BriefingIndex whole;
    /** How many one-article indexes ({@link #within}) are kept. */
    private static final int SCOPED_KEPT = 32;
    private final Map<String, BriefingIndex> scoped = new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, BriefingIndex> eldest) {
            return size() > SCOPED_KEPT;
        }
    };
    private final List<AliasPattern> aliases;
    /**
     * Names several actors share ("Lindqvist" of two stories' Lindqvists), one pattern per holder: in
     * a sentence such a name is the holder its article introduces; in a question it names no actor
     * (the articles that contain it are the question's scope, see BriefingComposer.anchorScope).
     */
    private final List<AliasPattern> sharedAliases = new ArrayList<>();
    private final List<TopicPhrase> topicPhrases;
    private final List<Doc> docs = new ArrayList<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final Set<String> corpusStems = new HashSet<>();
    private final Set<String> aliasWords = new HashSet<>();
    private final IndexSearcher searcher;
    private final Map<String, Set<String>> titleStems = new java.util.concurrent.ConcurrentHashMap<>();
    /** Per article (by slug): the actors its sentences name (a country also through its people). */
    private final Map<String, Set<ActorView>> articleActors = new HashMap<>();
    /** CANDIDATE evidence by article and span. */
    private final Map<String, EvidenceView> candidates = new HashMap<>();
    /** Article sentences by key. */
    private final Map<String, Doc> passageDocs = new HashMap<>();
    /** Per article (by slug): in how many of its sentences each actor is named. */
    private final Map<String, Map<ActorView, Integer>> actorMentions = new HashMap<>();
    /** Per article (by slug): the places it is set in (see settings). */
    private final Map<String, List<ActorView>> settings = new HashMap<>();
    /** A place named in at least this share of an article's sentences is where the story is set. */
    private static final double SETTING_SHARE = 0.15;
    /** Per article (by slug): in how many of its sentences each stem occurs, and how many sentences it has. */
    private final Map<String, Map<String, Integer>> articleFrequency = new HashMap<>();
    private final Map<String, Integer> articleSentences = new HashMap<>();
    /** Stems of words the articles only write capitalised: names, whatever case a question uses. */
    private final Set<String> nameStems = new HashSet<>();

    /**
     * One article's sentences, indexed once per text, date and set of actor names: the Lucene
     * index of their readings, and per sentence its stems, its neighbours' stems and the slugs of
     * the actors it names. Snapshots are rebuilt after every change; articles do not change, so
     * a rebuild re-indexes only the curated items and the articles it has not seen.
     */
    private record ArticleDocs(DirectoryReader reader, List<Set<String>> stems, List<Set<String>> context,
            List<Set<String>> actorSlugs, Set<String> nameStems, Set<String> lowerStems) {
    }

    /** A sentence that opens with a pronoun subject refers back to the sentence before it. */
    static final java.util.regex.Pattern REFERS_BACK = java.util.regex.Pattern.compile("[\"\u201c]?(?:It|Its|They|Their|He|His|She|Her)\\b");

    private static final Map<String, ArticleDocs> ARTICLE_DOCS = new java.util.concurrent.ConcurrentHashMap<>();

    BriefingIndex(KnowledgeSnapshot snapshot) {
        this(snapshot, null);
    }

    /**
     * @param whole the whole snapshot's index when this is one article's ({@link #within}), else null
     *        (one article's index must not evict the other articles' indexed sentences)
     */
    private BriefingIndex(KnowledgeSnapshot snapshot, BriefingIndex whole) {
        this.snapshot = snapshot;
        this.whole = whole;
        this.aliases = buildAliases(snapshot, sharedAliases);
        this.topicPhrases = buildTopicPhrases(snapshot);
        String names = Integer.toHexString(java.util.stream.Stream.concat(aliases.stream(), sharedAliases.stream())
                .map(a -> a.normalized() + "=" + a.actor().getSlug()).sorted().toList().hashCode());
        List<org.apache.lucene.index.IndexReader> readers = new ArrayList<>();
        List<Doc> passageDocs = new ArrayList<>();
        Map<String, Set<String>> stemsByParagraph = new HashMap<>();
        Set<String> keys = new HashSet<>();
        Set<String> lowerStems = new HashSet<>();
        Map<ActorView, List<String>> speakerWords = new HashMap<>(); // a speaker's description, analysed once per build
        for (io.briefing.snapshot.ArticleView article : snapshot.articles()) {
            String key = article.getSlug() + "|" + article.getContentHash() + "|" + article.getPublishedOn() + "|" + names;
            keys.add(key);
            ArticleDocs cached = ARTICLE_DOCS.computeIfAbsent(key, k -> indexArticle(article, aliases, sharedAliases));
            readers.add(cached.reader());
            List<EvidenceView> passages = article.passages();
            nameStems.addAll(cached.nameStems());
            lowerStems.addAll(cached.lowerStems());
            articleSentences.put(article.getSlug(), passages.size());
            for (int i = 0; i < passages.size(); i++) {
                EvidenceView p = passages.get(i);
                Set<ActorView> actors = new LinkedHashSet<>();
                cached.actorSlugs().get(i).forEach(slug -> snapshot.actor(slug).ifPresent(actors::add));
                Doc doc = new Doc(p, withSpeaker(speakerOf(p, article), cached.stems().get(i), speakerWords), cached.context().get(i),
                        Set.copyOf(actors));
                passageDocs.add(doc);
                this.passageDocs.put(p.getKey(), doc);
                Map<String, Integer> df = articleFrequency.computeIfAbsent(article.getSlug(), k -> new HashMap<>());
                cached.stems().get(i).forEach(stem -> df.merge(stem, 1, Integer::sum));
                Set<ActorView> inArticle = articleActors.computeIfAbsent(article.getSlug(), k -> new HashSet<>());
                inArticle.addAll(actors);
                Map<ActorView, Integer> mentions = actorMentions.computeIfAbsent(article.getSlug(), k -> new HashMap<>());
                actors.forEach(a -> mentions.merge(a, 1, Integer::sum));
                actors.stream().map(ActorView::getRepresents).filter(java.util.Objects::nonNull).forEach(inArticle::add);
                stemsByParagraph.computeIfAbsent(paragraphKey(p), k -> new HashSet<>()).addAll(cached.stems().get(i));
            }
        }
        if (whole == null) {
            ARTICLE_DOCS.keySet().retainAll(keys);
        }
        // A word one article writes as a name and another as a plain word ("Centre Alliance", "the
        // dispute centres on") is not a name when a question writes it in lower case.
        nameStems.removeAll(lowerStems);
        findSettings();
        for (EvidenceView e : snapshot.evidence()) {
            if (e.getStatus() == EvidenceStatus.CANDIDATE) {
                // Machine-proposed evidence is a sentence the article's own passages already hold:
                // indexed twice it would skew word statistics and crowd the search's candidates. A
                // request that includes candidates gets it in place of the passage (see candidateFor).
                candidates.put(spanKey(e), e);
                continue;
            }
            // A curated item's index words help the search find it, but say less than its own words.
            Set<String> stems = new HashSet<>(EnglishAnalysis.stems(Lemmas.shared().withBaseForms(e.getCleanQuote())));
            Set<String> context = new HashSet<>(stemsByParagraph.getOrDefault(paragraphKey(e), Set.of()));
            context.addAll(EnglishAnalysis.stems(searchText(e)));
            context.removeAll(stems);
            docs.add(new Doc(e, stems, context, actorsIn(e, aliases, sharedAliases)));
        }
        // Document numbers follow `docs`: the curated items' index first, then each article's.
        readers.add(0, index(docs.stream().map(d -> searchText(d.evidence())).toList(),
                docs.stream().map(d -> d.evidence().getArticle().getSlug()).toList()));
        docs.addAll(passageDocs);
        for (Doc d : docs) {
            d.stems().forEach(s -> documentFrequency.merge(s, 1, Integer::sum));
        }
        corpusStems.addAll(documentFrequency.keySet());
        aliases.forEach(a -> aliasWords.addAll(List.of(a.normalized().split(" "))));
        try {
            this.searcher = new IndexSearcher(new org.apache.lucene.index.MultiReader(
                    readers.toArray(new org.apache.lucene.index.IndexReader[0]), false));
        } catch (IOException e) {
            throw new UncheckedIOException("Opening the in-memory search index failed", e);
        }
        searcher.setSimilarity(new BM25Similarity());
    }

    /**
     * The index of one of this snapshot's articles, for a briefing asked about that article alone:
     * every word, name and sentence is then looked for in it only. Built on first use from the
     * article's already indexed sentences, and kept while this index lives, the most recently used
     * few of them (each holds its article's documents and statistics).
     */
    BriefingIndex within(io.briefing.snapshot.ArticleView article) {
        synchronized (scoped) {
            return scoped.computeIfAbsent(article.getSlug(), slug -> new BriefingIndex(snapshot.restrictedTo(article), this));
        }
    }

    /**
     * A sentence's surroundings with who says it: "Kasprzak said the cracks had probably been growing
     * for years" is the words of "the council's director of infrastructure", which the article gave
     * where it introduced her ("Why did the steel crack, according to the council's infrastructure chief?").
     */
    private static Set<String> withSpeaker(ActorView speaker, Set<String> stems, Map<ActorView, List<String>> speakerWords) {
        if (speaker == null || speaker.getDescription() == null || speaker.getDescription().isBlank()) {
            return stems;
        }
        Set<String> with = new HashSet<>(stems);
        with.addAll(speakerWords.computeIfAbsent(speaker, s -> EnglishAnalysis.stems(s.getDescription())));
        return Set.copyOf(with);
    }

    /** The actor who says a sentence: its curated speaker, else the person of that name its article introduces. */
    private ActorView speakerOf(EvidenceView e, io.briefing.snapshot.ArticleView article) {
        if (e.getSpeakerActor() != null || e.getSpeaker() == null) {
            return e.getSpeakerActor();
        }
        return snapshot.actor(e.getSpeaker()).filter(a -> a.introducedIn(article)).orElse(null);
    }

    /** Whether a piece of evidence comes from an article of this index (all of them, or the one of {@link #within}). */
    boolean holds(EvidenceView e) {
        return whole == null || snapshot.article(e.getArticle().getSlug()).orElse(null) == e.getArticle();
    }

    private static ArticleDocs indexArticle(io.briefing.snapshot.ArticleView article, List<AliasPattern> aliases, List<AliasPattern> sharedAliases) {
        List<EvidenceView> passages = article.passages();
        List<Set<String>> stems = new ArrayList<>();
        List<Set<String>> actorSlugs = new ArrayList<>();
        for (EvidenceView p : passages) {
            stems.add(Set.copyOf(EnglishAnalysis.stems(searchText(p))));
            Set<String> slugs = new LinkedHashSet<>();
            // A person is named only in an article that gives their full name (another article's "Okafor" is someone else).
            actorsIn(p, aliases, sharedAliases).stream().filter(a -> a.introducedIn(article)).forEach(a -> slugs.add(a.getSlug()));
            if (slugs.isEmpty() && !actorSlugs.isEmpty() && REFERS_BACK.matcher(p.getCleanQuote()).lookingAt()) {
                // "It expects to end the financial year with a deficit ...": a sentence that opens with
                // a pronoun and names nobody is about whoever the sentence before it named.
                slugs.addAll(actorSlugs.get(actorSlugs.size() - 1));
            }
            actorSlugs.add(Set.copyOf(slugs));
        }
        Casing casing = casing(article, passages);
        List<Set<String>> context = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            Set<String> c = new HashSet<>();
            for (int j : new int[] {i - 1, i + 1}) {
                boolean sameParagraph = j >= 0 && j < passages.size()
                        && java.util.Objects.equals(passages.get(j).getParagraphIndex(), passages.get(i).getParagraphIndex());
                // "He also pledged ...": a sentence that refers back continues the one before it, even
                // across news style's one-sentence paragraphs.
                boolean continues = j == i - 1 && j >= 0 && REFERS_BACK.matcher(passages.get(i).getCleanQuote()).lookingAt();
                if (sameParagraph || continues) {
                    c.addAll(stems.get(j));
                }
            }
            c.removeAll(stems.get(i));
            context.add(Set.copyOf(c));
        }
        return new ArticleDocs(index(passages.stream().map(BriefingIndex::searchText).toList(),
                java.util.Collections.nCopies(passages.size(), article.getSlug())), List.copyOf(stems),
                List.copyOf(context), List.copyOf(actorSlugs), casing.names(), casing.lower());
    }

    /**
     * The stems of the words an article only ever writes capitalised in mid-sentence: its names
     * ("Morvania", "Kelmarsh", so a question in lower case, "what does morvania want", still names
     * them); and the stems of the words it writes in lower case.
     */
    private record Casing(Set<String> names, Set<String> lower) {
    }

    private static Casing casing(io.briefing.snapshot.ArticleView article, List<EvidenceView> passages) {
        Set<String> lower = new HashSet<>();
        for (EvidenceView p : passages) {
            String text = p.getCleanQuote();
            for (EnglishAnalysis.Token w : EnglishAnalysis.words(text)) {
                if (!EnglishAnalysis.isStopWord(w.text()) && Character.isLowerCase(text.charAt(w.start()))) {
                    lower.add(w.text());
                }
            }
        }
        // The capitals are the article's own reading of itself (ArticleText.capitalisedMidSentence), as
        // the extractor uses them for speakers: a word after an opening quotation mark or a dateline's dash is no name.
        Set<String> capitalised = new HashSet<>();
        for (String word : article.capitalisedMidSentence()) {
            EnglishAnalysis.words(word).stream().map(EnglishAnalysis.Token::text).filter(w -> !EnglishAnalysis.isStopWord(w)).forEach(capitalised::add);
        }
        capitalised.removeAll(lower);
        return new Casing(stemsOf(capitalised), stemsOf(lower));
    }

    private static Set<String> stemsOf(Set<String> words) {
        Set<String> stems = new HashSet<>();
        for (String w : words) {
            String stem = EnglishAnalysis.stem(w);
            if (stem != null) {
                stems.add(stem);
            }
        }
        return Set.copyOf(stems);
    }

    /** An in-memory Lucene index of texts, document i being text i, from the article with slug i. */
    private static DirectoryReader index(List<String> texts, List<String> slugs) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(EnglishAnalysis.analyzer()).setSimilarity(new BM25Similarity());
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int i = 0; i < texts.size(); i++) {
                Document doc = new Document();
                doc.add(new TextField(TEXT, texts.get(i), Field.Store.NO));
                doc.add(new org.apache.lucene.document.StringField(ARTICLE, slugs.get(i), Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.commit();
            return DirectoryReader.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Building the in-memory search index failed", e);
        }
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

    KnowledgeSnapshot snapshot() {
        return snapshot;
    }

    private volatile Map<String, List<ActorView>> nameTails;

    /**
     * The bodies whose names end in two or more common words ("Thornby Primary School", "Carrow
     * Valley Transport Authority"), by each such ending in lower case ("primary school", "transport
     * authority", "valley transport authority"): a reader calls the body by it. So too the people
     * whose description opens with a role of two or more common words ("a retired judge who ...":
     * "retired judge"). Worked out once.
     */
    Map<String, List<ActorView>> nameTails() {
        Map<String, List<ActorView>> tails = nameTails;
        if (tails == null) {
            Map<String, List<ActorView>> built = new HashMap<>();
            io.briefing.language.WordNet wordNet = io.briefing.language.WordNet.shared();
            for (ActorView actor : snapshot.actors()) {
                String[] words;
                if (actor.getKind() == io.briefing.knowledge.ActorKind.ORGANIZATION) {
                    words = Names.normalize(actor.getName()).split(" ");
                } else if (actor.getKind() == io.briefing.knowledge.ActorKind.PERSON && actor.getDescription() != null) {
                    // "Lawrence Hale, a retired judge who ...": a reader calls him "the retired judge".
                    words = roleWords(actor.getDescription());
                } else {
                    continue;
                }
                for (int from = words.length - 2; from >= 0; from--) {
                    if (from == 0 && actor.getKind() == io.briefing.knowledge.ActorKind.ORGANIZATION) {
                        break; // a body's whole name is its alias, not a description
                    }
                    if (!wordNet.isCommonWord(words[from])) {
                        break;
                    }
                    built.computeIfAbsent(String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length)),
                            k -> new ArrayList<>()).add(actor);
                }
            }
            tails = Map.copyOf(built);
            nameTails = tails;
        }
        return tails;
    }

    /** Where a person's description stops naming a role: "a retired judge | who has sat on the board". */
    private static final java.util.regex.Pattern ROLE_END = java.util.regex.Pattern.compile(
            "\\s*(?:,|;|\\(|\\b(?:who|whose|that|which|of|from|at|in|for|since|with|and|on|to)\\b).*", java.util.regex.Pattern.DOTALL);

    /** The words of the role a person's description opens with, without its article: "retired judge". */
    private static String[] roleWords(String description) {
        String role = ROLE_END.matcher(description.strip()).replaceFirst("");
        String normalized = Names.normalize(role).replaceFirst("^(?:a|an|the) ", "");
        return normalized.isEmpty() ? new String[0] : normalized.split(" ");
    }

    /** The stems of an article's headline. */
    Set<String> titleStems(io.briefing.snapshot.ArticleView article) {
        return titleStems.computeIfAbsent(article.getSlug(), k -> Set.copyOf(EnglishAnalysis.stems(article.getTitle())));
    }

    /** Whether the articles only ever write this stem's word capitalised (a name). */
    boolean isName(String stem) {
        return nameStems.contains(stem);
    }

    /** The countries and places an article is set in: those named in a large share of its sentences. */
    List<ActorView> settings(io.briefing.snapshot.ArticleView article) {
        return settings.getOrDefault(article.getSlug(), List.of());
    }

    private void findSettings() {
        actorMentions.forEach((slug, mentions) -> {
            int sentences = articleSentences.getOrDefault(slug, 0);
            List<ActorView> places = new ArrayList<>();
            mentions.forEach((actor, n) -> {
                boolean place = actor.getKind() == io.briefing.knowledge.ActorKind.COUNTRY || actor.getKind() == io.briefing.knowledge.ActorKind.PLACE;
                if (place && n >= SETTING_SHARE * sentences) {
                    places.add(actor);
                }
            });
            settings.put(slug, List.copyOf(places));
        });
    }

    /** Whether an article's text contains a stem. */
    boolean articleContains(io.briefing.snapshot.ArticleView article, String stem) {
        return articleContains(article.getSlug(), stem);
    }

    /** Whether the article with this slug contains a stem. */
    boolean articleContains(String slug, String stem) {
        return articleFrequency.getOrDefault(slug, Map.of()).containsKey(stem);
    }

    /** Whether an article names an actor (a country also through its people). */
    boolean articleMentions(io.briefing.snapshot.ArticleView article, ActorView actor) {
        return articleActors.getOrDefault(article.getSlug(), Set.of()).contains(actor);
    }

    /**
     * Whether an actor is mentioned only in articles other than this index's: asked within the ferry
     * story, North Korea is. (An actor no article names, known from the curated knowledge alone, is
     * not: "Kim's grandfather".)
     */
    boolean mentionedOnlyElsewhere(ActorView actor) {
        return whole != null && snapshot.articles().stream().noneMatch(a -> articleMentions(a, actor))
                && whole.snapshot().articles().stream().anyMatch(a -> whole.articleMentions(a, actor));
    }

    private static String paragraphKey(EvidenceView e) {
        return e.getArticle().getSlug() + "#" + e.getParagraphIndex();
    }

    /** The actors an item names: its curated actors and speaker, and every actor whose name or variant it contains. */
    private static Set<ActorView> actorsIn(EvidenceView e, List<AliasPattern> aliases, List<AliasPattern> shared) {
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
            if (at < 0 || alias.caseSensitive() != null && !Names.containsWord(plain, alias.caseSensitive())
                    || alias.capitalisedInText() != null && !Names.containsWord(plain, alias.capitalisedInText())) {
                continue;
            }
            found.add(alias.actor());
            for (int i = at + 1; i < at + needle.length() - 1; i++) {
                masked.setCharAt(i, '#');
            }
        }
        for (AliasPattern alias : shared) {
            // Not inside a longer name found above ("Teresa Lindqvist" is masked), and only the holder this article names in full.
            if (masked.indexOf(" " + alias.normalized() + " ") >= 0 && alias.actor().namedInFull(e.getArticle())
                    && (alias.capitalisedInText() == null || Names.containsWord(plain, alias.capitalisedInText()))) {
                found.add(alias.actor());
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

    /** The whole snapshot's index when this is one article's ({@link #within}); null otherwise. */
    BriefingIndex whole() {
        return whole;
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

    /**
     * Inverse document frequency of a stem within some articles (by slug): what singles a sentence
     * out inside the articles a question is about. "Skarvik" is rare among all articles and common
     * in the one about Skarvik Air.
     */
    double idfWithin(String stem, Set<String> articles) {
        int df = 0;
        int n = 0;
        for (String slug : articles) {
            df += articleFrequency.getOrDefault(slug, Map.of()).getOrDefault(stem, 0);
            n += articleSentences.getOrDefault(slug, 0);
        }
        return df == 0 ? 0 : Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }

    /** How many sentences some articles (by slug) have. */
    int sentencesWithin(Set<String> articles) {
        return articles.stream().mapToInt(slug -> articleSentences.getOrDefault(slug, 0)).sum();
    }

    /** Lucene BM25 search, best first; only documents the filter accepts. */
    List<Hit> search(Query query, int limit, Predicate<EvidenceView> filter) {
        List<Hit> hits = new ArrayList<>();
        try {
            for (ScoreDoc sd : searcher.search(query, Math.max(limit, 1)).scoreDocs) {
                Doc doc = docs.get(sd.doc); // documents are numbered in the order of `docs`
                if (filter.test(doc.evidence())) {
                    hits.add(new Hit(doc, sd.score));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Searching the in-memory index failed", e);
        }
        return hits;
    }

    private static String spanKey(EvidenceView e) {
        return e.getArticle().getSlug() + ":" + e.getStart() + ":" + e.getEnd();
    }

    /** The CANDIDATE evidence item that quotes exactly this sentence, if ingestion proposed one. */
    java.util.Optional<EvidenceView> candidateFor(EvidenceView passage) {
        return java.util.Optional.ofNullable(candidates.get(spanKey(passage)));
    }

    /** The document of an article sentence (a passage), or null. */
    Doc passageDoc(EvidenceView passage) {
        return passageDocs.get(passage.getKey());
    }

    /** Every document, for questions that name only actors or topics. */
    List<Doc> docs() {
        return docs;
    }

    private static List<AliasPattern> buildAliases(KnowledgeSnapshot snapshot, List<AliasPattern> shared) {
        Map<String, AliasPattern> byKey = new HashMap<>();
        Map<ActorView, Set<String>> ownNames = new java.util.LinkedHashMap<>();
        Map<String, Set<ActorView>> ambiguous = new HashMap<>();
        Set<String> descriptions = new java.util.TreeSet<>(); // "the trust" where two bodies' names have "Trust"
        for (ActorView actor : snapshot.actors()) {
            Set<String> names = new LinkedHashSet<>(actor.getAliases());
            names.add(actor.getName());
            names.add(actor.getSlug().replace('-', ' '));
            List<String> severalHave = names.stream().filter(name -> describesSeveral(name, snapshot)).toList();
            severalHave.stream().map(Names::normalize).forEach(descriptions::add);
            severalHave.forEach(names::remove);
            String surname = candidateSurname(actor);
            if (surname != null) {
                // The surname a story calls a person by ("Lindqvist said") is theirs even when another
                // story's Lindqvist took it as a stored alias first: held by both, it is shared (below).
                names.add(surname);
            }
            ownNames.put(actor, names);
            names.forEach(name -> put(byKey, name, actor, ambiguous));
        }
        // Common variants ("DPRK", "NK", "North Korean") of the actors' names, from the shipped name
        // list and WordNet; they never take a name that is some actor's own.
        ownNames.forEach((actor, names) -> {
            for (String name : names) {
                NameVariants.shared().variantsOf(name, actor.getKind().name()).forEach(v -> put(byKey, v, actor));
            }
        });
        // A name two actors share ("the union" of two articles' unions) names neither, unless one of
        // them is reviewed and the others are candidates.
        ambiguous.forEach((key, holders) -> {
            List<ActorView> reviewed = holders.stream().filter(a -> a.getStatus() == io.briefing.knowledge.ReviewStatus.CONFIRMED).toList();
            if (reviewed.size() == 1) {
                AliasPattern kept = byKey.get(key);
                byKey.put(key, new AliasPattern(kept.normalized(), kept.caseSensitive(), reviewed.get(0), kept.capitalisedInText()));
            } else {
                AliasPattern removed = byKey.remove(key);
                holders.forEach(a -> shared.add(new AliasPattern(key, removed.caseSensitive(), a, removed.capitalisedInText())));
            }
        });
        // In a sentence, such a description is the one body of that name its article names in full:
        // "the trust's chief executive" in the story about Kelmarsh Valley Hospitals NHS Trust.
        for (String description : descriptions) {
            describedBy(description, snapshot).forEach(a -> shared.add(new AliasPattern(description, null, a, null)));
        }
        List<AliasPattern> list = new ArrayList<>(byKey.values());
        list.sort(Comparator.comparingInt((AliasPattern a) -> a.normalized().length()).reversed());
        return List.copyOf(list);
    }

    /**
     * The surname of a person ingestion proposed ("Teresa Lindqvist": "Lindqvist"), or null. Curated
     * actors keep the aliases their editors gave ("Kim Jong Un" is not "Un").
     */
    private static String candidateSurname(ActorView actor) {
        String name = actor.getName().trim();
        int space = name.lastIndexOf(' ');
        if (actor.getKind() != io.briefing.knowledge.ActorKind.PERSON || actor.getStatus() == io.briefing.knowledge.ReviewStatus.CONFIRMED
                || space < 0) {
            return null;
        }
        String surname = name.substring(space + 1);
        return surname.length() >= 3 && Character.isUpperCase(surname.charAt(0)) ? surname : null;
    }

    /**
     * A description used as an alias ("the union") names the one union of its article; with several
     * actors whose names have that noun ("Nordic Aviators' Union", "Union of Nursing Staff") it names
     * none of them.
     */
    private static boolean describesSeveral(String alias, KnowledgeSnapshot snapshot) {
        String normalized = Names.normalize(alias);
        return normalized.startsWith("the ") && describedBy(normalized, snapshot).size() >= 2;
    }

    /** The actors whose names have a description's noun: "the trust" for every "... Trust". */
    private static List<ActorView> describedBy(String description, KnowledgeSnapshot snapshot) {
        String head = " " + description.substring(description.lastIndexOf(' ') + 1) + " ";
        return snapshot.actors().stream().filter(a -> (" " + Names.normalize(a.getName()) + " ").contains(head)).toList();
    }

    private static void put(Map<String, AliasPattern> byKey, String name, ActorView actor) {
        put(byKey, name, actor, null);
    }

    private static void put(Map<String, AliasPattern> byKey, String name, ActorView actor, Map<String, Set<ActorView>> ambiguous) {
        String key = Names.normalize(name);
        if (key.isEmpty()) {
            return;
        }
        AliasPattern existing = byKey.get(key);
        if (ambiguous != null && existing != null && existing.actor() != actor) {
            Set<ActorView> holders = ambiguous.computeIfAbsent(key, k -> new LinkedHashSet<>());
            holders.add(existing.actor());
            holders.add(actor);
        }
        boolean shortCaps = name.replace(".", "").length() <= 4 && name.equals(name.toUpperCase(Locale.ROOT))
                && name.chars().anyMatch(Character::isLetter);
        byKey.putIfAbsent(key, new AliasPattern(key, shortCaps ? name.replace(".", "") : null, actor, shortCaps ? null : Names.capitalisedOrdinaryWords(name)));
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
