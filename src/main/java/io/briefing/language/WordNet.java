package io.briefing.language;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;
import org.jboss.logging.Logger;

/**
 * WordNet 3.1 (Princeton, through extjwnl and its data jar) for the relations a reader's words and
 * an article's words share: synonyms (same synset), derivations ("gift" / "give"), opposites ("admit" / "deny": a
 * denial answers "did they admit it?"), the "is a kind of" relation both ways ("munitions" is a kind of "weaponry"; a "limousine" is a kind of "car") and what a proper name is an instance of
 * ("India" is an Asian country). Loaded on first use (about 0.1 s; the files are read from disk
 * with random access, see {@link WordNetFiles}, so they take a few MB of heap instead of 46 MB) and
 * read-only after that; answers are cached per word.
 */
public final class WordNet {

    private static final Logger LOG = Logger.getLogger(WordNet.class);

    /** How many senses of a word count: the most frequent ones; rarer senses add noise. */
    private static final int SENSES = 3;
    private static final int CACHE_LIMIT = 50_000;
    /** From this many verb senses a verb is a light verb ("go", "get", "keep", "take"). */
    private static final int LIGHT_VERB_SENSES = 20;

    /** Words related to one word, by relation; all lower case. */
    public record Related(Set<String> synonyms, Set<String> derived, Set<String> opposites, Set<String> broader, Set<String> narrower,
            Set<String> instanceOf, boolean mainlyNoun, boolean mainlyName, boolean mainlyAdverb, boolean adjective, Map<String, Integer> senseOf, int verbSenses) {
        static final Related NONE = new Related(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), false, false, false, false, Map.of(), 0);

        /**
         * Through which of the word's senses (1 the most frequent) a synonym or derived word is
         * related, the earliest if several: "establish" is "found"'s first sense, "base" only its third
         * ("use as a basis for"), a weaker sign that a sentence says the same thing.
         */
        public int senseOf(String related) {
            return senseOf.getOrDefault(related, 1);
        }

        /**
         * Whether the word is first of all a verb with so many senses ("go" 35, "get" 37, "keep" 26)
         * that it says little by itself: a light verb, whose relatives ("come" for "go") match almost anything.
         */
        public boolean lightVerb() {
            return verbSenses >= LIGHT_VERB_SENSES && !mainlyNoun;
        }

        public boolean known() {
            return this != NONE;
        }
    }

    private static volatile WordNet shared;

    private final Dictionary dictionary;
    private final Map<String, Related> cache = new ConcurrentHashMap<>();

    private WordNet(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** The process-wide dictionary, loaded on first call. Null (and logged once) if it cannot load. */
    public static WordNet shared() {
        WordNet w = shared;
        if (w == null) {
            synchronized (WordNet.class) {
                w = shared;
                if (w == null) {
                    long started = System.nanoTime();
                    try {
                        w = new WordNet(open());
                    } catch (JWNLException | RuntimeException e) {
                        throw new IllegalStateException("WordNet could not be loaded from the class path: " + e.getMessage(), e);
                    }
                    LOG.debugf("WordNet loaded in %d ms", (System.nanoTime() - started) / 1_000_000);
                    shared = w;
                }
            }
        }
        return w;
    }

    /**
     * The dictionary over WordNet's files on disk (see {@link WordNetFiles}: a few MB of heap), or,
     * when they cannot be kept on disk, the data jar's resource dictionary (the files read into the heap).
     */
    private static Dictionary open() throws JWNLException {
        java.util.Optional<java.nio.file.Path> files = WordNetFiles.directory();
        if (files.isPresent()) {
            return Dictionary.getInstance(new java.io.ByteArrayInputStream(
                    WordNetFiles.configuration(files.get()).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        return Dictionary.getDefaultResourceInstance();
    }

    /** Everything WordNet relates to a word or phrase ("weapons", "North Korea", "DPRK"), over its common senses. */
    public Related related(String wordOrPhrase) {
        return related(wordOrPhrase, SENSES);
    }

    /** The same for the word's first (most frequent) sense only: for names, whose later senses are other things. */
    public Related relatedFirstSense(String wordOrPhrase) {
        return related(wordOrPhrase, 1);
    }

    private Related related(String wordOrPhrase, int senses) {
        String key = wordOrPhrase.strip();
        if (key.isEmpty()) {
            return Related.NONE;
        }
        String cacheKey = senses + ":" + key;
        Related known = cache.get(cacheKey);
        if (known != null) {
            return known;
        }
        Related found = lookUp(key, senses);
        if (cache.size() > CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(cacheKey, found);
        return found;
    }

    /** Whether a word is, first of all, the name of one thing (a country, a person): "France", not "worth". */
    public boolean isName(String word) {
        return related(word).mainlyName();
    }

    /** Whether a name is, by WordNet, a place: a country, city, region, island, ... */
    public boolean isPlace(String name) {
        return related(name).instanceOf().stream().anyMatch(WordNet::placeCategory)
                || related(name).broader().stream().anyMatch(WordNet::placeCategory);
    }

    /**
     * Whether WordNet has this exact word or phrase as an entry ("co-op", "touch down", "walk out"),
     * not merely a part of it.
     */
    public boolean hasEntry(String phrase) {
        // Asked for many word pairs of every question ("get back", "pull the plug"): answered once, then from
        // the cache without the dictionary's lock.
        String wanted = phrase.toLowerCase(Locale.ROOT).replace('-', ' ');
        return lookedUp.computeIfAbsent("entry:" + phrase.toLowerCase(Locale.ROOT), k -> findEntry(phrase, wanted) ? "y" : "").equals("y");
    }

    private synchronized boolean findEntry(String phrase, String wanted) {
        try {
            for (POS pos : List.of(POS.NOUN, POS.VERB, POS.ADJECTIVE, POS.ADVERB)) {
                IndexWord word = dictionary.getIndexWord(pos, phrase.toLowerCase(Locale.ROOT));
                if (word != null && word.getLemma().replace('-', ' ').equals(wanted)) {
                    return true;
                }
            }
        } catch (JWNLException e) {
            return false;
        }
        return false;
    }

    /** Entries and base forms looked up so far, by "entry:" or the part of speech and the word ("" for none). */
    private final Map<String, String> lookedUp = new ConcurrentHashMap<>();

    /** Whether WordNet knows the word only, or mostly, as an adverb: "ever", "already", "currently". */
    public boolean isMainlyAdverb(String word) {
        return related(word).mainlyAdverb();
    }

    /** Whether WordNet has the word (or its base form) as an adjective: "new", "South", "nuclear". */
    public boolean isAdjective(String word) {
        return related(word).adjective();
    }

    /** Whether WordNet knows the word or phrase at all, in any part of speech. */
    public boolean knows(String wordOrPhrase) {
        return related(wordOrPhrase).known();
    }

    /**
     * The base form of a word read as a verb ("demanding" / "demand", "sought" / "seek", "fears" /
     * "fear"), by WordNet's morphology (its suffix rules and exception lists); null when WordNet has
     * no verb for it. Says nothing about whether the word is used as a verb where it stands.
     */
    public String verbLemma(String word) {
        return lemma(POS.VERB, word);
    }

    /** The base form of a word read as an adjective ("biggest" / "big"); null when WordNet has no such adjective. */
    public String adjectiveLemma(String word) {
        return lemma(POS.ADJECTIVE, word);
    }

    /** The base form of a word read as a noun ("worries" / "worry"); null when WordNet has no such noun. */
    public String nounLemma(String word) {
        return lemma(POS.NOUN, word);
    }

    /**
     * The singular of a plural noun ("days": "day", "countries": "country"), or null: the first base
     * form WordNet's morphology gives that is not the word itself. WordNet files some plurals as words
     * of their own ("days", "years": a lifetime), which {@link #nounLemma} returns first.
     */
    public String singular(String plural) {
        String w = plural.toLowerCase(Locale.ROOT);
        String found = lookedUp.computeIfAbsent("singular:" + w, k -> {
            String base = findSingular(w);
            return base == null ? "" : base;
        });
        return found.isEmpty() ? null : found;
    }

    private synchronized String findSingular(String word) {
        try {
            for (String base : dictionary.getMorphologicalProcessor().lookupAllBaseForms(POS.NOUN, word)) {
                if (!base.equalsIgnoreCase(word)) {
                    return lower(base);
                }
            }
        } catch (JWNLException e) {
            LOG.debugf("WordNet base forms of '%s' failed: %s", word, e.getMessage());
        }
        return null;
    }

    private String lemma(POS pos, String word) {
        if (lookedUp.size() > CACHE_LIMIT) {
            lookedUp.clear();
        }
        String found = lookedUp.computeIfAbsent(pos.name() + ":" + word.toLowerCase(Locale.ROOT), k -> {
            String lemma = findLemma(pos, word);
            return lemma == null ? "" : lemma;
        });
        return found.isEmpty() ? null : found;
    }

    private synchronized String findLemma(POS pos, String word) {
        try {
            IndexWord w = dictionary.lookupIndexWord(pos, word.toLowerCase(Locale.ROOT));
            return w == null ? null : lower(w.getLemma());
        } catch (JWNLException e) {
            return null;
        }
    }

    /** Whether WordNet has the word as a noun, verb or adjective ("union", "minister"), not only as a name or not at all. */
    public boolean isCommonWord(String word) {
        Related r = related(word.toLowerCase(Locale.ROOT));
        return r.known() && !r.mainlyName();
    }

    /**
     * Whether WordNet writes the word in lower case in its most frequent sense ("investigators":
     * "investigator"), so that a capital is only the sentence's; not a word it writes with a capital
     * ("Russian", "Monday") or does not have.
     */
    public boolean writesLowerCase(String word) {
        // Asked for the speaker of every sentence when a snapshot is built: answered once per word.
        String lower = word.toLowerCase(Locale.ROOT);
        return lookedUp.computeIfAbsent("lower:" + lower, k -> findLowerCase(lower) ? "y" : "").equals("y");
    }

    private synchronized boolean findLowerCase(String word) {
        try {
            for (POS pos : List.of(POS.NOUN, POS.VERB, POS.ADJECTIVE)) {
                IndexWord index = dictionary.lookupIndexWord(pos, word);
                if (index == null || index.getSenses().isEmpty()) {
                    continue;
                }
                String lemma = index.getLemma();
                return index.getSenses().get(0).getWords().stream().anyMatch(w -> w.getLemma().equals(lemma));
            }
        } catch (JWNLException e) {
            LOG.debugf("WordNet look-up of '%s' failed: %s", word, e.getMessage());
        }
        return false;
    }

    /** Whether WordNet has the word as an adverb ("also", "repeatedly"). */
    public synchronized boolean isAdverb(String word) {
        try {
            return dictionary.getIndexWord(POS.ADVERB, word.toLowerCase(Locale.ROOT)) != null;
        } catch (JWNLException e) {
            return false;
        }
    }

    /**
     * Whether a noun's most frequent senses are, through "is a kind of" links, a kind of {@code category}
     * (a WordNet noun such as "person" or "organization"): "minister" and "chief executive" are
     * persons, "union" and "ministry" organisations. Only the first {@code senses} senses count.
     */
    public synchronized boolean isKindOf(String noun, String category, int senses) {
        String cacheKey = "kind:" + senses + ":" + category + ":" + noun.toLowerCase(Locale.ROOT);
        Related cached = cache.get(cacheKey);
        if (cached != null) {
            return cached != Related.NONE;
        }
        boolean found = false;
        try {
            IndexWord word = dictionary.getIndexWord(POS.NOUN, noun.toLowerCase(Locale.ROOT));
            if (word == null) {
                word = dictionary.lookupIndexWord(POS.NOUN, noun.toLowerCase(Locale.ROOT));
            }
            if (word != null) {
                java.util.ArrayDeque<Synset> queue = new java.util.ArrayDeque<>(word.getSenses().subList(0, Math.min(senses, word.getSenses().size())));
                Set<Synset> seen = new java.util.HashSet<>();
                while (!queue.isEmpty() && !found && seen.size() < 200) {
                    Synset s = queue.poll();
                    if (!seen.add(s)) {
                        continue;
                    }
                    found = s.getWords().stream().anyMatch(w -> w.getLemma().equalsIgnoreCase(category));
                    for (Pointer p : s.getPointers(PointerType.HYPERNYM)) {
                        queue.add(p.getTargetSynset());
                    }
                    for (Pointer p : s.getPointers(PointerType.INSTANCE_HYPERNYM)) {
                        queue.add(p.getTargetSynset());
                    }
                }
            }
        } catch (JWNLException e) {
            found = false;
        }
        cache.put(cacheKey, found ? new Related(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), true, false, false, false, Map.of(), 1) : Related.NONE);
        return found;
    }

    /**
     * Whether an adjective names a degree of something measured ("big": size, "deep": depth, "far":
     * distance, "old": age), by the attribute WordNet links its first senses to, so "How big is the
     * shortfall?" asks for an amount. "Bad" (quality) or "serious" (a trait) do not.
     */
    public synchronized boolean isMeasureAdjective(String adjective) {
        try {
            List<String> attributes = new java.util.ArrayList<>();
            for (Synset sense : firstSenses(POS.ADJECTIVE, adjective, false)) {
                for (Pointer p : sense.getPointers(PointerType.ATTRIBUTE)) {
                    attributes.add(p.getTargetSynset().getWords().get(0).getLemma());
                }
            }
            return attributes.stream().anyMatch(a -> List.of("magnitude", "distance", "age").stream().anyMatch(m -> isKindOf(a, m, 1)));
        } catch (JWNLException e) {
            return false;
        }
    }

    /**
     * A word's first two senses in one part of speech, or none when WordNet lacks it; with
     * {@code inflected}, an inflected form is looked up by its base form ("living": "live").
     */
    private List<Synset> firstSenses(POS pos, String word, boolean inflected) throws JWNLException {
        String lower = word.toLowerCase(Locale.ROOT);
        IndexWord found = inflected ? dictionary.lookupIndexWord(pos, lower) : dictionary.getIndexWord(pos, lower);
        return found == null ? List.of() : found.getSenses().subList(0, Math.min(2, found.getSenses().size()));
    }

    /**
     * The qualities an adjective's first two senses are degrees of, and what those are kinds of:
     * "good" is a degree of goodness, a quality; "safe" of safety, a condition. Empty when WordNet
     * has no such adjective.
     */
    public synchronized Set<String> attributesOf(String adjective) {
        Set<String> out = new LinkedHashSet<>();
        try {
            for (Synset sense : firstSenses(POS.ADJECTIVE, adjective, false)) {
                for (Pointer p : sense.getPointers(PointerType.ATTRIBUTE)) {
                    Synset attribute = p.getTargetSynset();
                    attribute.getWords().forEach(w -> out.add(lower(w.getLemma())));
                    for (Pointer up : attribute.getPointers(PointerType.HYPERNYM)) {
                        up.getTargetSynset().getWords().forEach(w -> out.add(lower(w.getLemma())));
                    }
                }
            }
        } catch (JWNLException e) {
            LOG.debugf("WordNet attributes of '%s' failed: %s", adjective, e.getMessage());
        }
        out.remove(lower(adjective));
        return java.util.Collections.unmodifiableSet(out);
    }

    /**
     * The people who do what a verb says, by WordNet: nouns derived from it or from its narrower
     * verbs that are kinds of person. "live": dweller, inhabitant, and through "reside", resident;
     * so "people living in the old town" are its residents. Empty when WordNet has no such verb.
     */
    public synchronized Set<String> agentNouns(String verb) {
        Set<String> out = new LinkedHashSet<>();
        try {
            List<Synset> senses = new java.util.ArrayList<>();
            for (Synset sense : firstSenses(POS.VERB, verb, true)) {
                senses.add(sense);
                for (Pointer p : sense.getPointers(PointerType.HYPONYM)) {
                    senses.add(p.getTargetSynset());
                }
            }
            for (Synset sense : senses) {
                for (Word w : sense.getWords()) {
                    for (Pointer p : w.getPointers(PointerType.DERIVATION)) {
                        if (p.getTarget() instanceof Word target && target.getPOS() == POS.NOUN && isKindOf(lower(target.getLemma()), "person", 1)) {
                            out.add(lower(target.getLemma()));
                        }
                    }
                }
            }
        } catch (JWNLException e) {
            LOG.debugf("WordNet agents of '%s' failed: %s", verb, e.getMessage());
        }
        return java.util.Collections.unmodifiableSet(out);
    }

    /** Kinds of thing that are amounts of money: "salary" is a payment, "price" a cost, "fee" a sum. */
    private static final List<String> MONEY_CATEGORIES = List.of("money", "monetary value", "payment", "cost", "sum", "fund", "financial gain");

    /**
     * Whether a word is about money: it, or a noun WordNet derives from it ("paid": "payment"), is a
     * kind of payment, cost, sum of money or monetary value.
     */
    public boolean isAboutMoney(String word) {
        Related related = related(word);
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(word), related.derived().stream())
                .anyMatch(n -> MONEY_CATEGORIES.stream().anyMatch(c -> isKindOf(n, c, 1)));
    }

    /**
     * The country a demonym or national adjective names ("Norwegian": "Norway", "Argentine":
     * "Argentina"), capitalised as WordNet writes it; null when the word is not one.
     */
    public synchronized String countryOfDemonym(String adjective) {
        try {
            for (POS pos : List.of(POS.ADJECTIVE, POS.NOUN)) {
                IndexWord word = dictionary.getIndexWord(pos, adjective.toLowerCase(Locale.ROOT));
                if (word == null || word.getSenses().isEmpty()) {
                    continue;
                }
                Synset first = word.getSenses().get(0);
                for (Word w : first.getWords()) {
                    if (!w.getLemma().equalsIgnoreCase(adjective)) {
                        continue;
                    }
                    for (PointerType type : List.of(PointerType.PERTAINYM, PointerType.DERIVATION)) {
                        for (Pointer p : w.getPointers(type)) {
                            if (p.getTarget() instanceof Word target && Character.isUpperCase(target.getLemma().charAt(0))
                                    && countryName(target.getSynset())) {
                                return target.getLemma();
                            }
                        }
                    }
                }
            }
        } catch (JWNLException e) {
            return null;
        }
        return null;
    }

    /** Whether a proper name is first of all a country: an instance of some "... country" or "... nation". */
    public boolean isCountry(String name) {
        return related(name).mainlyName() && relatedFirstSense(name).instanceOf().stream()
                .anyMatch(c -> c.endsWith("country") || c.endsWith("nation") || c.endsWith("kingdom") || c.endsWith("republic"));
    }

    private static boolean countryName(Synset synset) throws JWNLException {
        for (Pointer p : synset.getPointers(PointerType.INSTANCE_HYPERNYM)) {
            for (Word w : p.getTargetSynset().getWords()) {
                String c = w.getLemma().toLowerCase(Locale.ROOT);
                if (c.endsWith("country") || c.endsWith("nation") || c.endsWith("kingdom") || c.endsWith("republic")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int wordCount(String phrase) {
        return phrase.trim().split("[\\s_]+").length;
    }

    private static boolean placeCategory(String category) {
        if (category.contains(" of ")) {
            return false; // "head of state" is a person, not a kind of state
        }
        return category.endsWith("country") || category.endsWith("nation") || category.endsWith("city")
                || category.endsWith("state") || category.endsWith("region") || category.endsWith("island")
                || category.endsWith("capital") || category.endsWith("port") || category.endsWith("town")
                || category.equals("continent") || category.endsWith("province") || category.endsWith("peninsula");
    }

    private synchronized Related lookUp(String key, int senses) {
        Set<String> synonyms = new LinkedHashSet<>();
        Set<String> derived = new LinkedHashSet<>();
        Set<String> broader = new LinkedHashSet<>();
        Set<String> narrower = new LinkedHashSet<>();
        Set<String> opposites = new LinkedHashSet<>();
        Set<String> instanceOf = new LinkedHashSet<>();
        boolean any = false;
        int nounSenses = 0;
        int otherSenses = 0;
        int adverbSenses = 0;
        int verbSenses = 0;
        boolean adjective = false;
        boolean firstIsInstance = false;
        int instanceSenses = 0;
        // Other names of a name sense ("North" for "Union", the Civil War's) are synonyms only of a
        // word that is mostly a name ("DPRK"): "union" is not "north".
        Set<String> nameSynonyms = new LinkedHashSet<>();
        Map<String, Integer> senseOf = new java.util.HashMap<>();
        try {
            for (POS pos : List.of(POS.NOUN, POS.VERB, POS.ADJECTIVE, POS.ADVERB)) {
                IndexWord word = dictionary.lookupIndexWord(pos, key);
                if (word == null || wordCount(word.getLemma()) != wordCount(key)) {
                    // The file-backed dictionary's morphology can answer a phrase with one of its words
                    // ("Russian state media" as "state", whose synonyms include "say"): that is not the phrase.
                    continue;
                }
                any = true;
                if (pos == POS.NOUN) {
                    nounSenses += word.getSenses().size();
                    firstIsInstance = !word.getSenses().isEmpty()
                            && !word.getSenses().get(0).getPointers(PointerType.INSTANCE_HYPERNYM).isEmpty();
                    for (Synset sense : word.getSenses()) {
                        instanceSenses += sense.getPointers(PointerType.INSTANCE_HYPERNYM).isEmpty() ? 0 : 1;
                    }
                } else {
                    otherSenses += word.getSenses().size();
                }
                adverbSenses += pos == POS.ADVERB ? word.getSenses().size() : 0;
                verbSenses += pos == POS.VERB ? word.getSenses().size() : 0;
                adjective |= pos == POS.ADJECTIVE;
                int n = 0;
                for (Synset synset : word.getSenses()) {
                    if (n++ >= senses) {
                        break;
                    }
                    boolean nameSense = !synset.getPointers(PointerType.INSTANCE_HYPERNYM).isEmpty();
                    for (Word w : synset.getWords()) {
                        (nameSense ? nameSynonyms : synonyms).add(lower(w.getLemma()));
                        senseOf.merge(lower(w.getLemma()), n, Math::min);
                        for (Pointer p : w.getPointers(PointerType.DERIVATION)) {
                            if (p.getTarget() instanceof Word target) {
                                derived.add(lower(target.getLemma()));
                                senseOf.merge(lower(target.getLemma()), n, Math::min);
                                // The derived word's own sense says the same in other words: a strike is to
                                // "walk out", a payment is what is "paid".
                                for (Word same : n == 1 ? target.getSynset().getWords() : List.<Word>of()) {
                                    if (derived.add(lower(same.getLemma()))) {
                                        senseOf.merge(lower(same.getLemma()), n, Math::min);
                                    }
                                }
                            }
                        }
                        for (Pointer p : w.getPointers(PointerType.ANTONYM)) {
                            if (p.getTarget() instanceof Word target) {
                                opposites.add(lower(target.getLemma()));
                            }
                        }
                        for (Pointer p : w.getPointers(PointerType.PERTAINYM)) {
                            if (p.getTarget() instanceof Word target) {
                                derived.add(lower(target.getLemma()));
                            }
                        }
                    }
                    for (Pointer p : synset.getPointers(PointerType.HYPERNYM)) {
                        p.getTargetSynset().getWords().forEach(w -> broader.add(lower(w.getLemma())));
                    }
                    if (n <= 2) {
                        for (Pointer p : synset.getPointers(PointerType.HYPONYM)) {
                            p.getTargetSynset().getWords().forEach(w -> narrower.add(lower(w.getLemma())));
                        }
                    }
                    for (Pointer p : synset.getPointers(PointerType.INSTANCE_HYPERNYM)) {
                        p.getTargetSynset().getWords().forEach(w -> instanceOf.add(lower(w.getLemma())));
                    }
                }
            }
        } catch (JWNLException e) {
            LOG.debugf("WordNet look-up of '%s' failed: %s", key, e.getMessage());
        }
        if (!any) {
            return Related.NONE;
        }
        boolean mainlyName = firstIsInstance && nounSenses >= otherSenses && instanceSenses * 2 >= nounSenses;
        if (mainlyName) {
            synonyms.addAll(nameSynonyms);
        }
        synonyms.remove(lower(key));
        return new Related(ordered(synonyms), ordered(derived), ordered(opposites), ordered(broader), ordered(narrower),
                ordered(instanceOf), nounSenses >= otherSenses,
                // A name first and mostly: "China", "Jordan"; not "centre", whose first sense is a French region of seven
                mainlyName,
                adverbSenses > nounSenses + otherSenses - adverbSenses, adjective, Map.copyOf(senseOf), verbSenses);
    }

    /**
     * The words in the order WordNet gave them, most frequent sense first: callers keep the first few
     * of a long list, so that order must be the same in every run ({@code Set.copyOf} iterates in an
     * order that changes from one JVM to the next).
     */
    private static Set<String> ordered(Set<String> words) {
        return java.util.Collections.unmodifiableSet(words);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
