package io.briefing.knowledge.extraction;

import io.briefing.article.ArticleText;
import io.briefing.article.Sentence;
import io.briefing.knowledge.MotiveKind;
import io.briefing.knowledge.Names;
import io.briefing.language.EnglishAnalysis;
import io.briefing.language.WordNet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Proposes CANDIDATE motives from sentences in which an actor, as the subject, wants, seeks, demands,
 * hopes, calls for, threatens (goals), fears or warns (concerns), offers or pledges (offers): "The
 * union is demanding a pay rise of 9.5 percent", "Hovland warned that a strike would cost ...".
 * Verbs are recognised by their WordNet lemma, whatever the inflection ("sought", "is demanding",
 * "has pledged"). The subject is the actor named right before the verb, with at most a few
 * auxiliaries or adverbs in between ("also", "has", "is"); a possessive ("the union's demands"),
 * a negation ("does not want") or any other word in between rules the sentence out. A pronoun stands
 * for a subject named just before: "It has also offered ..." after "Morvania has offered ...", and "it"
 * in "Fjordfly said it would offer ...". The sentence, verbatim at its offsets, is the motive's evidence.
 */
public final class MotiveProposer {

    /**
     * An actor as the proposer sees it: an id of the caller's choosing, its name, its aliases and its
     * kind (null when the caller does not know it: then a name that reads as a person's is one).
     */
    public record Named(String id, String name, List<String> aliases, io.briefing.knowledge.ActorKind kind) {
        public Named(String id, String name, List<String> aliases) {
            this(id, name, aliases, null);
        }
    }

    /** A proposed motive: the sentence, its actor's id, the kind, the verb as written, and a plain statement. */
    public record Proposal(Sentence sentence, String quote, String actorId, MotiveKind kind, String verb, String statement) {
    }

    /** Motive verbs by lemma, and what they reveal. Cue words the issue names; lemmas join their inflections. */
    private static final Map<String, MotiveKind> CUES = Map.ofEntries(
            Map.entry("want", MotiveKind.GOAL), Map.entry("seek", MotiveKind.GOAL), Map.entry("demand", MotiveKind.GOAL),
            Map.entry("hope", MotiveKind.GOAL), Map.entry("call", MotiveKind.GOAL), Map.entry("urge", MotiveKind.GOAL),
            Map.entry("threaten", MotiveKind.GOAL), Map.entry("press", MotiveKind.GOAL), Map.entry("push", MotiveKind.GOAL),
            Map.entry("ask", MotiveKind.GOAL), Map.entry("insist", MotiveKind.GOAL), Map.entry("aim", MotiveKind.GOAL),
            Map.entry("vow", MotiveKind.GOAL), Map.entry("worry", MotiveKind.CONCERN), Map.entry("propose", MotiveKind.OFFER),
            Map.entry("fear", MotiveKind.CONCERN), Map.entry("warn", MotiveKind.CONCERN),
            Map.entry("offer", MotiveKind.OFFER), Map.entry("pledge", MotiveKind.OFFER), Map.entry("promise", MotiveKind.OFFER));
    /**
     * Motive nouns, by lemma, in "the union's main worry ... is fatigue", "the airline's biggest
     * concern is its contract": the actor's own noun for its motive, then a copula.
     */
    private static final Map<String, MotiveKind> NOUN_CUES = Map.ofEntries(
            Map.entry("worry", MotiveKind.CONCERN), Map.entry("concern", MotiveKind.CONCERN), Map.entry("fear", MotiveKind.CONCERN),
            Map.entry("demand", MotiveKind.GOAL), Map.entry("goal", MotiveKind.GOAL), Map.entry("aim", MotiveKind.GOAL),
            Map.entry("priority", MotiveKind.GOAL), Map.entry("offer", MotiveKind.OFFER));
    private static final Set<String> COPULAS = Set.of("is", "are", "was", "were", "remains", "include", "includes");
    /** Words between the motive noun and its copula: ", he said," or ", according to two people familiar with ...,". */
    private static final int MAX_TO_COPULA = 12;
    /** Negations turn a motive around ("does not want"): such sentences are left to editors. */
    private static final Set<String> NEGATIONS = Set.of("not", "never", "no", "nor", "n't", "cannot");
    /** How many words may stand between subject and verb ("has also repeatedly"). */
    private static final int MAX_GAP = 3;
    private static final int MAX_STATEMENT = 400;

    private final int max;

    public MotiveProposer(int max) {
        this.max = max;
    }

    public List<Proposal> propose(ArticleText text, List<Named> actors) {
        WordNet wordNet = WordNet.shared();
        List<NameForm> forms = forms(actors);
        List<Proposal> proposals = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Named previousSubject = null; // who the sentence before was about, for "It has also offered ..."
        for (Sentence sentence : text.sentences()) {
            if (proposals.size() >= max) {
                break;
            }
            String reading = text.cleanReading(sentence.span());
            List<NameTokens.Token> tokens = NameTokens.of(reading);
            List<Mention> mentions = new ArrayList<>(mentions(tokens, forms));
            Named before = previousSubject;
            boolean quotation = !reading.isEmpty() && (reading.charAt(0) == '"' || reading.charAt(0) == '“');
            previousSubject = mentions.isEmpty() && quotation ? before // a quotation goes on in its speaker's voice
                    : mentions.isEmpty() || mentions.get(0).possessive() || !opensClause(tokens, mentions.get(0))
                            && !afterSaying(tokens, mentions.get(0)) ? null : mentions.get(0).actor();
            if (before != null && !tokens.isEmpty() && THIRD_PERSON.contains(tokens.get(0).lower())
                    && personLike(before, wordNet) == PERSONAL.contains(tokens.get(0).lower())) {
                // "Morvania has offered to cut its catch. It has also offered Kessland boats ...": the pronoun
                // opening the sentence is the subject of the one before.
                mentions.add(0, new Mention(0, 1, before, false));
                previousSubject = before;
            }
            reportedSpeakers(tokens, mentions); // after the pronoun above: "He said he feared ..."
            for (Mention m : mentions) {
                Proposal owned = possessiveMotive(m, tokens, reading, sentence, text, wordNet);
                if (owned != null && proposals.size() < max && seen.add(m.actor().id() + "#" + sentence.index() + "#" + owned.kind())) {
                    proposals.add(owned);
                }
            }
            for (int v = 0; v < tokens.size(); v++) {
                NameTokens.Token verb = tokens.get(v);
                if (verb.capitalised() || verb.possessive()) {
                    continue;
                }
                String lemma = wordNet.verbLemma(verb.lower());
                MotiveKind kind = lemma == null ? null : CUES.get(lemma);
                if (kind == null) {
                    continue;
                }
                if (lemma.equals("call") && !(v + 1 < tokens.size() && (tokens.get(v + 1).lower().equals("for")
                        || tokens.get(v + 1).lower().equals("on")))) {
                    continue; // "call for", "call on"; a plain call is not a motive
                }
                if (PARTICLES.containsKey(lemma) && !withParticle(tokens, v, PARTICLES.get(lemma))) {
                    continue; // "pressing for talks", "asked the city to"; not "pushed more patients into corridors"
                }
                Mention subject = subjectOf(mentions, tokens, v, wordNet);
                if (subject == null || !seen.add(subject.actor().id() + "#" + sentence.index() + "#" + kind)) {
                    continue;
                }
                int from = tokens.get(subject.end()).start(); // the auxiliaries and the verb
                previousSubject = subject.actor();
                proposals.add(new Proposal(sentence, sentence.span().of(text.raw()), subject.actor().id(), kind, verb.text(),
                        statement(subject.actor().name(), reading.substring(from))));
                if (proposals.size() >= max) {
                    break;
                }
            }
        }
        return proposals;
    }

    /** Verbs that state a motive only with a particle within a few words: "pressing hard for", "asked the council to". */
    private static final Map<String, Set<String>> PARTICLES = Map.of("press", Set.of("for", "to"), "push", Set.of("for"),
            "ask", Set.of("for", "to"), "aim", Set.of("to", "for", "at"), "worry", Set.of("that", "about"));

    private static boolean withParticle(List<NameTokens.Token> tokens, int verb, Set<String> particles) {
        for (int i = verb + 1; i < Math.min(tokens.size(), verb + 5); i++) {
            if (particles.contains(tokens.get(i).lower())) {
                return true;
            }
            if (!tokens.get(i - 1).gapAfter().isBlank()) {
                return false; // the clause ended
            }
        }
        return false;
    }

    /** "The union said it would ...", "Okafor said he wants ...": the pronoun after a speaker's "said" is the speaker. */
    private static void reportedSpeakers(List<NameTokens.Token> tokens, List<Mention> mentions) {
        for (Mention m : List.copyOf(mentions)) {
            int said = m.end();
            if (m.possessive() || said >= tokens.size() || !SAYING.contains(tokens.get(said).lower())) {
                continue;
            }
            int p = said + 1;
            if (p < tokens.size() && tokens.get(p).lower().equals("that")) {
                p++;
            }
            if (p < tokens.size() && THIRD_PERSON.contains(tokens.get(p).lower()) && tokens.get(said).gapAfter().isBlank()) {
                mentions.add(new Mention(p, p + 1, m.actor(), false));
            }
        }
        mentions.sort(Comparator.comparingInt(Mention::start));
    }

    private static final Set<String> SAYING = Set.of("said", "says", "added", "warned", "argued", "insisted", "stated");

    /** Pronouns that stand for someone named before; "he" and "she" for people, "it" and "they" for bodies and countries. */
    private static final Set<String> THIRD_PERSON = Set.of("it", "he", "she", "they");
    private static final Set<String> PERSONAL = Set.of("he", "she");

    /** Whether an actor's name reads as a person's: two or more words, the last no English word ("Ragna Solberg"). */
    private static boolean personLike(Named actor, WordNet wordNet) {
        if (actor.kind() != null) {
            return actor.kind() == io.briefing.knowledge.ActorKind.PERSON; // "Lawrence Hale": a person, though "hale" is a word
        }
        String[] words = actor.name().split(" ");
        return words.length >= 2 && !wordNet.isCommonWord(words[words.length - 1].toLowerCase(Locale.ROOT));
    }

    /** Whether a mention is the speaker named after a quotation: "... are open," said Elena Marquina. */
    private static boolean afterSaying(List<NameTokens.Token> tokens, Mention m) {
        return m.start() > 0 && SAYING.contains(tokens.get(m.start() - 1).lower());
    }

    /** Whether a name opens its sentence's main clause: first, or after an opening phrase and its comma ("Ahead of the summit, Morvania"). */
    private static boolean opensClause(List<NameTokens.Token> tokens, Mention m) {
        return m.start() == 0 || m.start() == 1 && EnglishAnalysis.isStopWord(tokens.get(0).lower())
                || tokens.get(m.start() - 1).gapAfter().strip().equals(",");
    }

    private record NameForm(String[] words, String caseSensitive, Named actor) {
    }

    /** A name found in a sentence: tokens [start, end), and whose it is. */
    private record Mention(int start, int end, Named actor, boolean possessive) {
    }

    private static List<NameForm> forms(List<Named> actors) {
        List<NameForm> forms = new ArrayList<>();
        for (Named actor : actors) {
            Set<String> names = new LinkedHashSet<>(actor.aliases());
            names.add(actor.name());
            for (String name : names) {
                String normalized = Names.normalize(name);
                if (normalized.isEmpty()) {
                    continue;
                }
                boolean shortCaps = name.replace(".", "").length() <= 4 && name.equals(name.toUpperCase(Locale.ROOT));
                forms.add(new NameForm(normalized.split(" "), shortCaps ? name.replace(".", "") : null, actor));
            }
        }
        forms.sort(Comparator.comparingInt((NameForm f) -> f.words().length).reversed());
        return forms;
    }

    /**
     * Every actor named in the sentence, longest names first, each word claimed once. A name inside a
     * longer capitalised name ("Skarvik" in "Skarvik Air", if "Skarvik" were some alias) does not count.
     */
    private static List<Mention> mentions(List<NameTokens.Token> tokens, List<NameForm> forms) {
        List<String> normalized = tokens.stream().map(t -> Names.normalize(t.text())).toList();
        boolean[] claimed = new boolean[tokens.size()];
        List<Mention> found = new ArrayList<>();
        for (NameForm form : forms) {
            int n = form.words().length;
            for (int i = 0; i + n <= tokens.size(); i++) {
                boolean match = true;
                for (int j = 0; j < n && match; j++) {
                    match = !claimed[i + j] && normalized.get(i + j).equals(form.words()[j]);
                }
                if (!match) {
                    continue;
                }
                if (form.caseSensitive() != null && !tokens.get(i).text().replace(".", "").equals(form.caseSensitive())) {
                    continue;
                }
                boolean longerBefore = i > 0 && tokens.get(i - 1).capitalised() && tokens.get(i - 1).joinedToNext() && !claimed[i - 1]
                        && tokens.get(i).capitalised() && !EnglishAnalysis.isStopWord(tokens.get(i - 1).lower());
                boolean longerAfter = i + n < tokens.size() && tokens.get(i + n - 1).joinedToNext() && !tokens.get(i + n - 1).possessive()
                        && tokens.get(i + n).capitalised() && tokens.get(i + n - 1).capitalised();
                if (longerBefore || longerAfter) {
                    continue;
                }
                for (int j = i; j < i + n; j++) {
                    claimed[j] = true;
                }
                found.add(new Mention(i, i + n, form.actor(), tokens.get(i + n - 1).possessive()));
            }
        }
        found.sort(Comparator.comparingInt(Mention::start));
        return found;
    }

    /** "The union's main worry, he said, is fatigue": a motive the actor owns, named by a noun, stated after a copula. */
    private static Proposal possessiveMotive(Mention m, List<NameTokens.Token> tokens, String reading, Sentence sentence, ArticleText text,
            WordNet wordNet) {
        if (!m.possessive()) {
            return null;
        }
        for (int n = m.end(); n < Math.min(tokens.size(), m.end() + 3); n++) {
            NameTokens.Token noun = tokens.get(n);
            String lemma = noun.capitalised() ? null : wordNet.nounLemma(noun.lower());
            MotiveKind kind = lemma == null ? null : NOUN_CUES.get(lemma);
            if (kind == null) {
                if (!noun.joinedToNext()) {
                    return null;
                }
                continue; // "main", "biggest": a modifier before the noun
            }
            for (int c = n + 1; c < Math.min(tokens.size(), n + 1 + MAX_TO_COPULA); c++) {
                if (COPULAS.contains(tokens.get(c).lower())) {
                    String rest = reading.substring(tokens.get(m.end()).start());
                    return new Proposal(sentence, sentence.span().of(text.raw()), m.actor().id(), kind, noun.text(),
                            statement(m.actor().name() + "’s", rest));
                }
            }
            return null;
        }
        return null;
    }

    /** The actor named right before the verb, with only auxiliaries or adverbs between; null when there is none. */
    private static Mention subjectOf(List<Mention> mentions, List<NameTokens.Token> tokens, int verb, WordNet wordNet) {
        Mention nearest = null;
        for (Mention m : mentions) {
            if (m.end() <= verb) {
                nearest = m;
            }
        }
        if (nearest == null || nearest.possessive() || verb - nearest.end() > MAX_GAP) {
            return null;
        }
        if (nearest.start() > 0 && tokens.get(nearest.start() - 1).lower().matches("of|by|to|with|against|from|for|than|on")) {
            return null; // the actor is an object here ("demands from the union")
        }
        // An appositive may sit between: "Altiplano Lithium Corp., a Toronto-listed company, wants" is not
        // read (too far); but the words right between must be auxiliaries or adverbs.
        for (int i = nearest.end(); i < verb; i++) {
            String w = tokens.get(i).lower();
            if (NEGATIONS.contains(w) || w.endsWith("n't") || w.endsWith("n’t")) {
                return null;
            }
            if (!(EnglishAnalysis.isStopWord(w) || wordNet.isAdverb(w))) {
                return null;
            }
        }
        NameTokens.Token last = tokens.get(nearest.end() - 1);
        if (!last.gapAfter().isBlank() && !last.gapAfter().strip().equals(",")) {
            return null; // a full stop, a colon or a quotation mark between name and verb
        }
        return nearest;
    }

    /**
     * The motive in one sentence: the actor's name, then the sentence from the verb (with its
     * auxiliaries) to the end of its clause: "Nordic Aviators' Union is demanding a pay rise of ...".
     */
    static String statement(String actorName, String rest) {
        String clause = rest;
        int semicolon = clause.indexOf(';');
        if (semicolon > 0) {
            clause = clause.substring(0, semicolon);
        }
        clause = clause.strip().replaceAll("[\\s\"”’]+$", "");
        if (clause.length() > MAX_STATEMENT) {
            int cut = clause.lastIndexOf(' ', MAX_STATEMENT);
            clause = clause.substring(0, cut > 0 ? cut : MAX_STATEMENT) + " …";
        } else if (!clause.endsWith(".") && !clause.endsWith("?") && !clause.endsWith("!")) {
            clause = clause + ".";
        }
        return actorName + " " + clause;
    }
}
