package io.briefing.knowledge.extraction;

import io.briefing.article.ArticleText;
import io.briefing.article.Sentence;
import io.briefing.knowledge.Actor;
import io.briefing.knowledge.ActorAlias;
import io.briefing.knowledge.Certainty;
import io.briefing.knowledge.EvidenceKind;
import io.briefing.knowledge.Names;
import io.briefing.knowledge.Topic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proposes candidate evidence from an ingested article: sentences that mention a known actor (by
 * any alias) and carry a figure, an attribution ("according to X", "X said", "X told reporters",
 * "analysts believe") or a hedge ("unclear", "could", "unlikely"). Speaker, certainty and kind are
 * recorded as the curated base records them; an editor confirms or rejects each candidate.
 */
public final class EvidenceExtractor {

    /** A candidate: a sentence span and what was recognised in it. */
    public record Candidate(Sentence sentence, String quote, String speaker, Certainty certainty, EvidenceKind kind,
            int importance, Set<Actor> actors, Set<Topic> topics, List<ExtractedQuantity> quantities) {
    }

    /** A capitalised name of up to six words, with "of" or "for" inside it: "The Larkspur Chamber of Commerce". */
    private static final String NAME = "((?:[A-Z][\\w.’'\\-]*\\s(?:(?:of|for)\\s)?){0,5}[A-Z][\\w.’'\\-]*)";
    private static final Pattern ACCORDING_TO = Pattern.compile("(?i:according to)\\s+(?:the\\s+)?" + NAME);
    /**
     * "..., said Erik Saltnes", "'We are tired' said Erik Saltnes": the name after the verb of saying,
     * when a comma or a quotation mark comes before the verb. Not when a verb follows the name: in "and
     * said Kessland would not accept" Kessland is what the speaker spoke of; nor after a subject: in
     * "She said Morvania "will not be bullied"" Morvania is spoken of.
     */
    private static final Pattern SAID_BY = Pattern.compile(
            "[,\"\u201d\u2019']\\s*(?i:said|says|told reporters|told|stated|reported|confirmed|denied|claimed|announced|added)\\s+" + NAME
                    + "(?![\\w.’'\\-])(?!\\s+(?:would|will|was|is|were|are|had|has|have|could|can|should|must|might|may|did|does|do)\\b)");
    /** "The head teacher, Helen Garside, said ...": a name set off by commas after a title, then the verb. */
    private static final Pattern APPOSED_SAID = Pattern.compile(",\\s+" + NAME + ",\\s+(?i:said|says|told|added|warned|stated)\\b");
    private static final Pattern SUBJECT_SAID = Pattern.compile(NAME + "\\s+(?i:has |have |had )?(said|says|told|stated|reported|confirmed|denied|denies|claimed|claims|announced|believes?|expects?|accused|estimated?|described)\\b");
    /** "Its director of campaigns, Dalia Ferncombe, has spent the week ...": a person's full name set off by commas. */
    private static final Pattern APPOSED_PERSON = Pattern.compile(",\\s+(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}[\\p{L}'\u2019\\-]+)+),");
    private static final Pattern ANALYSTS = Pattern.compile("(?i)\\b(analysts|experts|officials|observers|diplomats)\\s+(believe|say|said|think|expect|estimate|warn)");
    private static final Pattern UNCLEAR = Pattern.compile("(?i)\\b(unclear|uncertain|not clear|unknown|unconfirmed)\\b");
    private static final Pattern DENIAL = Pattern.compile("(?i)\\b(denied|denies|deny|rejected the claim)\\b");
    private static final Pattern CONFIRMED = Pattern.compile("(?i)\\bconfirm(ed|s)?\\b");
    private static final Pattern BELIEF = Pattern.compile("(?i)\\b(believe[sd]?|expects?|expected|likely|unlikely|could|may|might|probably|possibly|suggests?)\\b");
    private static final Pattern REPORTED = Pattern.compile("(?i)\\b(according to|reported|reports|state media|news agency)\\b");
    private static final Pattern STATEMENT = Pattern.compile("(?i)\\b(said|says|told|stated|wrote|pledged|vowed|announced|claimed|accused)\\b");

    private final QuantityExtractor quantities = new QuantityExtractor();

    public List<Candidate> extract(ArticleText text, List<ActorAlias> aliases, List<Actor> actors, List<Topic> topics) {
        List<NamePattern> names = namePatterns(aliases, actors);
        Map<Topic, List<String>> keywords = normalizedKeywords(topics); // once, not once per sentence
        List<Candidate> candidates = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            String reading = text.cleanReading(sentence.span());
            Set<Actor> mentioned = new LinkedHashSet<>();
            // Longest names first, each masked once found, so a short alias ("Norwegian") never
            // captures a longer, different name ("Norwegian Pilots' Union").
            StringBuilder normalized = new StringBuilder(" " + Names.normalize(reading) + " ");
            for (NamePattern name : names) {
                int at = normalized.indexOf(" " + name.normalized() + " ");
                if (at >= 0 && (name.caseSensitive() == null || Names.containsWord(reading.replace(".", ""), name.caseSensitive()))) {
                    mentioned.add(name.actor());
                    for (int i = at + 1; i <= at + name.normalized().length(); i++) {
                        normalized.setCharAt(i, '#');
                    }
                }
            }
            if (mentioned.isEmpty()) {
                continue;
            }
            Candidate candidate = describe(text, sentence, mentioned, keywords);
            boolean hedged = UNCLEAR.matcher(reading).find() || BELIEF.matcher(reading).find() || DENIAL.matcher(reading).find();
            if (candidate.quantities().isEmpty() && candidate.speaker() == null && !hedged && mentioned.size() < 2) {
                continue;
            }
            candidates.add(candidate);
        }
        return candidates;
    }

    /**
     * One sentence as a candidate evidence item, graded as {@link #extract} grades them, whatever it
     * contains: how ingestion describes the sentence behind a proposed motive.
     */
    public Candidate describe(ArticleText text, Sentence sentence, Set<Actor> actors, List<Topic> topics) {
        return describe(text, sentence, actors, normalizedKeywords(topics));
    }

    private Candidate describe(ArticleText text, Sentence sentence, Set<Actor> actors, Map<Topic, List<String>> keywords) {
        String quote = sentence.span().of(text.raw());
        String reading = text.cleanReading(sentence.span());
        List<ExtractedQuantity> figures = quantities.extract(quote);
        String speaker = speakerOf(text, sentence, reading);
        Certainty certainty = certainty(reading, speaker);
        EvidenceKind kind = !figures.isEmpty() ? EvidenceKind.STATISTIC
                : ANALYSTS.matcher(reading).find() || certainty == Certainty.BELIEVED ? EvidenceKind.ANALYSIS
                : STATEMENT.matcher(reading).find() ? EvidenceKind.STATEMENT : EvidenceKind.REPORT;
        int importance = Math.min(4, 2 + (figures.isEmpty() ? 0 : 1) + (speaker == null ? 0 : 1));
        return new Candidate(sentence, quote, speaker, certainty, kind, importance, actors, topicsIn(reading, keywords), figures);
    }

    private record NamePattern(String normalized, String caseSensitive, Actor actor) {
    }

    private static List<NamePattern> namePatterns(List<ActorAlias> aliases, List<Actor> actors) {
        List<NamePattern> names = new ArrayList<>();
        for (ActorAlias alias : aliases) {
            names.add(pattern(alias.alias, alias.actor));
        }
        for (Actor actor : actors) {
            names.add(pattern(actor.name, actor));
        }
        names.sort(Comparator.comparingInt((NamePattern n) -> n.normalized().length()).reversed());
        return names;
    }

    private static NamePattern pattern(String name, Actor actor) {
        boolean shortCaps = name.length() <= 4 && name.equals(name.toUpperCase(Locale.ROOT));
        return new NamePattern(Names.normalize(name), shortCaps ? name.replace(".", "") : null, actor);
    }

    /** Who asserts the sentence, from its attribution, or null. */
    public static String speaker(String sentence) {
        Matcher according = ACCORDING_TO.matcher(sentence);
        if (according.find()) {
            String name = according.group(1).strip();
            return name.endsWith(".") ? withoutFullStop(name) : modifies(name) ? name + describedBy(sentence, according.end()) : name;
        }
        Matcher analysts = ANALYSTS.matcher(sentence);
        if (analysts.find()) {
            return analysts.group(1).toLowerCase(Locale.ROOT); // "According to officials", whatever case the sentence had
        }
        Matcher saidBy = SAID_BY.matcher(sentence);
        if (saidBy.find() && saidBy.start() > 0) {
            return withoutFullStop(saidBy.group(1).strip());
        }
        Matcher apposed = APPOSED_SAID.matcher(sentence);
        if (apposed.find()) {
            return withoutFullStop(apposed.group(1).strip());
        }
        Matcher subject = SUBJECT_SAID.matcher(sentence);
        if (subject.find()) {
            String name = subject.group(1).strip();
            if (!name.equals("It") && !name.equals("The") && !name.equals("This")) {
                // "The Larkspur Chamber of Commerce said": "According to the Larkspur Chamber of Commerce".
                return name.startsWith("The ") ? "the" + name.substring(3) : name;
            }
        }
        return null;
    }

    /** Whether a name only describes what comes after it: a demonym ("Russian") or an owner ("Russia's"). */
    private static boolean modifies(String name) {
        String last = name.substring(name.lastIndexOf(' ') + 1);
        return last.endsWith("'s") || last.endsWith("\u2019s") || io.briefing.language.WordNet.shared().isAdjective(last.toLowerCase(Locale.ROOT));
    }

    /** Up to three lower-case words right after a name: "state media" in "according to Russian state media, ...". */
    private static final Pattern LOWER_WORD = Pattern.compile("\\G\\s+(\\p{Ll}[\\p{L}\\-]*)");

    /**
     * The words that finish an attribution a name only begins: "according to Russian state media" is
     * the media, not "Russian". A function word, an adverb or punctuation ends it ("according to
     * Russian officials, who ...").
     */
    private static String describedBy(String sentence, int from) {
        StringBuilder words = new StringBuilder();
        Matcher m = LOWER_WORD.matcher(sentence);
        m.region(from, sentence.length());
        for (int n = 0; n < 3 && m.find(); n++) {
            String word = m.group(1);
            if (io.briefing.language.EnglishAnalysis.isStopWord(word) || io.briefing.language.WordNet.shared().isMainlyAdverb(word)) {
                break;
            }
            words.append(' ').append(word);
        }
        return words.toString();
    }

    /** "the Ministry of Transport." at a sentence's end is the ministry; "U.S." keeps its points. */
    private static String withoutFullStop(String name) {
        String last = name.substring(name.lastIndexOf(' ') + 1);
        return last.endsWith(".") && last.indexOf('.') == last.length() - 1 ? name.substring(0, name.length() - 1) : name;
    }

    public static Certainty certainty(String sentence, String speaker) {
        if (UNCLEAR.matcher(sentence).find()) {
            return Certainty.UNCLEAR;
        }
        if (DENIAL.matcher(sentence).find()) {
            return Certainty.DENIED;
        }
        if (CONFIRMED.matcher(sentence).find()) {
            return Certainty.CONFIRMED;
        }
        if (BELIEF.matcher(sentence).find()) {
            return Certainty.BELIEVED;
        }
        if (REPORTED.matcher(sentence).find()) {
            return Certainty.REPORTED;
        }
        return speaker != null ? Certainty.CLAIMED : Certainty.REPORTED;
    }

    /** Speakers that only refer back to someone named before. */
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i", "it", "you");
    /** The pronouns that stand for one person. */
    private static final Set<String> PERSONAL = Set.of("He", "She");

    /** Whether a word is a personal pronoun ("She", "they"): a speaker that only refers back. */
    public static boolean isPronoun(String word) {
        return PRONOUNS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Who says a sentence of an article: "She said ..." after "..., Helen Garside, said ..." (and any
     * "She said ..." after that) is Helen Garside, as news style names a speaker once and then refers
     * back; a pronoun with no named speaker before it is left unattributed, never guessed, and never
     * shown as the speaker "She".
     */
    public static String speakerOf(ArticleText text, Sentence sentence, String reading) {
        String speaker = speaker(reading);
        if (speaker == null || !isPronoun(speaker)) {
            return speaker == null ? null : asWrittenMidSentence(text, speaker);
        }
        List<Sentence> sentences = text.sentences();
        int at = sentence.index() < sentences.size() && sentences.get(sentence.index()).equals(sentence) ? sentence.index() : sentences.indexOf(sentence);
        for (int i = at - 1; i >= 0; i--) {
            String previous = text.cleanReading(sentences.get(i).span());
            String before = speaker(previous);
            if (before == null && i == at - 1 && PERSONAL.contains(speaker)) {
                // "Its director of campaigns, Dalia Ferncombe, has spent the week ... She described ...": the one
                // person the sentence before names, though it has her say nothing.
                List<String> people = APPOSED_PERSON.matcher(previous).results().map(r -> r.group(1)).toList();
                if (people.size() == 1) {
                    return people.get(0);
                }
            }
            if (before == null || !isPronoun(before)) {
                return before;
            }
        }
        return null;
    }

    /**
     * A speaker that opens its sentence with a common noun, as the article writes it mid-sentence:
     * "Investigators believe ..." and "Police said ..." are said by "investigators" and "police",
     * whose capital is only the sentence's. A name stays as written: "Hope said ..." when the article
     * also has "Councillor Hope", "Russians" (WordNet writes "Russian" so) and "Mark Hollis" (a second
     * capitalised word).
     */
    static String asWrittenMidSentence(ArticleText text, String speaker) {
        int space = speaker.indexOf(' ');
        String first = space < 0 ? speaker : speaker.substring(0, space);
        if (first.length() < 2 || !Character.isUpperCase(first.charAt(0)) || !Character.isLowerCase(first.charAt(1))
                || space >= 0 && space + 1 < speaker.length() && Character.isUpperCase(speaker.charAt(space + 1))
                || text.capitalisedMidSentence().contains(first)
                || !io.briefing.language.WordNet.shared().writesLowerCase(first)) {
            return speaker;
        }
        return Character.toLowerCase(first.charAt(0)) + speaker.substring(1);
    }

    /** Each topic's keywords, normalised as sentences are. */
    private static Map<Topic, List<String>> normalizedKeywords(List<Topic> topics) {
        Map<Topic, List<String>> keywords = new java.util.LinkedHashMap<>();
        for (Topic topic : topics) {
            keywords.put(topic, topic.keywordList().stream().map(Names::normalize).filter(k -> !k.isEmpty()).toList());
        }
        return keywords;
    }

    private static Set<Topic> topicsIn(String sentence, Map<Topic, List<String>> keywords) {
        String normalized = " " + Names.normalize(sentence) + " ";
        Set<Topic> found = new LinkedHashSet<>();
        keywords.forEach((topic, words) -> {
            for (String k : words) {
                if (normalized.contains(" " + k + " ") || normalized.contains(" " + k + "s ")) {
                    found.add(topic);
                    break;
                }
            }
        });
        return found;
    }
}
