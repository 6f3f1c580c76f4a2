package io.briefing.knowledge.extraction;

import io.briefing.article.ArticleText;
import io.briefing.article.Sentence;
import io.briefing.knowledge.ActorKind;
import io.briefing.knowledge.Names;
import io.briefing.language.EnglishAnalysis;
import io.briefing.language.WordNet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Recognises the people, organisations, places and countries an article names that are not actors
 * yet, so ingestion can propose them as CANDIDATE actors. It reads capitalised name sequences ("Nordic
 * Aviators' Union", "Ministry of Transport", "Marit Hovland") and decides what each one is from
 * WordNet rather than from hand lists:
 * <ul>
 * <li>a country or place WordNet knows ("Norway", "Oslo"), and a demonym, which names its country
 * ("Norwegian law": Norway, alias "Norwegian");</li>
 * <li>an organisation when its head noun is, in WordNet, a kind of social group ("union", "ministry",
 * "cooperative", "airline", "corp");</li>
 * <li>a person when a title stands next to the name ("Transport Minister Silje Aarnes", "chief
 * executive, Marit Hovland", "Rosa Quispe, president of the cooperative"), a title being a noun that
 * WordNet files under "person", or when it is two or three words WordNet does not know;</li>
 * <li>a place when a preposition of place or "-based" introduces it ("in Bodø", "Bodø-based").</li>
 * </ul>
 * Aliases: an acronym given in parentheses ("(NAU)"), a person's surname, an organisation's first
 * word when the article uses it alone ("Altiplano"), and "the union" for the one organisation whose
 * head noun the article uses that way. A name or alias already in use ({@code taken}) is never
 * proposed again, and an alias that is part of a longer, different name in the article is dropped.
 * Stateless; WordNet is loaded on first use, not at class initialisation.
 */
public final class ActorRecognizer {

    /** A recognised actor: its name, kind, other names, a description drawn from the text, and the actor (by name) it acts for. */
    /**
     * @param descriptions what the article calls the body ("the club", "the company"), whether or not
     *     another article's body already has that alias: it names this one in this article's sentences
     */
    public record Proposal(String name, ActorKind kind, List<String> aliases, String description, String represents,
            List<String> descriptions) {
    }

    /** Prepositions after which a name is where something is. A closed word class, not a gazetteer. */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from", "near", "across", "outside", "inside", "around",
            "throughout", "towards", "toward", "via", "to");
    /** Words that join parts of one name: "Ministry of Transport", "Salar de Ojeda". */
    private static final Set<String> CONNECTORS = Set.of("of", "for", "de", "del", "da", "do", "la", "le", "von", "van", "und");
    /** Verbs of saying that put a name right after them ("said Erik Saltnes"). */
    private static final Set<String> SAYING = Set.of("said", "says", "told", "added", "wrote", "according");
    /** More than this many proposals from one article is noise, not news. */
    private final int max;

    public ActorRecognizer(int max) {
        this.max = max;
    }

    private static final class Draft {
        final String name;
        ActorKind kind;
        final Set<String> aliases = new LinkedHashSet<>();
        /** Demonyms ("Norwegian"): adjectives, so a longer name that starts with one ("Norwegian Pilots' Union") is its own actor, matched first. */
        final Set<String> demonyms = new LinkedHashSet<>();
        String description;
        String context = "";
        /** Kind guessed from a preposition alone ("at Fjordfly"): a stronger cue elsewhere replaces it. */
        boolean weak;
        /** "the club", "the company": what the article calls the body, from an apposition or the noun before its name. */
        final Set<String> descriptions = new LinkedHashSet<>();
        /** Said to be a body by a noun beside it ("Dunmoor Athletic, the smallest club"): "said Dunmoor Athletic" makes no person of it. */
        boolean body;
        final List<String> words;

        Draft(String name, ActorKind kind, List<String> words) {
            this.name = name;
            this.kind = kind;
            this.words = words;
        }
    }

    /**
     * @param taken normalised names and aliases of existing actors: never proposed, never used as an alias
     */
    public List<Proposal> recognise(ArticleText text, Predicate<String> taken) {
        WordNet wordNet = WordNet.shared();
        Map<String, Draft> drafts = new LinkedHashMap<>();
        List<String> loneWords = new ArrayList<>(); // single unknown capitalised words: aliases, if anything
        Set<String> acting = new java.util.HashSet<>(); // single words a verb follows
        Set<String> things = new java.util.HashSet<>(); // names given to made things ("the Tembari Bronzes"), never actors
        List<String> sentences = new ArrayList<>();
        String datelineCity = null; // "PUERTO ALBARA, Spain, Nov 4": "Puerto Albara" in the text is that city
        for (Sentence sentence : text.sentences()) {
            String reading = text.cleanReading(sentence.span());
            sentences.add(reading);
            List<NameTokens.Token> tokens = NameTokens.of(reading);
            if (titleCase(tokens)) {
                continue; // a headline in Title Case capitalises every word: no signal there
            }
            String pendingTitle = null;
            int pendingTitleEnd = -1; // the token after a title that a comma closes: "The State Mediator, Anders Rygh"
            String previousKind = null;
            boolean afterDateline = false;
            for (int i = 0; i < tokens.size(); ) {
                NameTokens.Token first = tokens.get(i);
                if (!first.capitalised()) {
                    i++;
                    continue;
                }
                int end = runEnd(tokens, i);
                List<NameTokens.Token> run = new ArrayList<>(tokens.subList(i, end));
                int runStart = i;
                i = end;
                // Leading function words ("The", "Under") are not part of the name.
                while (!run.isEmpty() && (EnglishAnalysis.isStopWord(run.get(0).lower()) || CONNECTORS.contains(run.get(0).lower()))) {
                    run.remove(0);
                    runStart++;
                }
                if (run.isEmpty()) {
                    continue;
                }
                // Only in the opening sentences (after the headline, if the text carries one): an acronym
                // opening a later sentence ("BCWU, which represents ...") is a name.
                if (sentences.size() <= 2 && runStart == 0 && run.stream().allMatch(t -> t.text().equals(t.text().toUpperCase(java.util.Locale.ROOT)))
                        && run.get(run.size() - 1).gapAfter().startsWith(",")) {
                    afterDateline = true;
                    datelineCity = Names.normalize(String.join(" ", run.stream().map(NameTokens.Token::text).toList()));
                    continue; // the dateline ("PORTO VESCA, Italy, Oct 22 ..."): the place is named again in the text, in its own case
                }
                // The dateline's second part is the country or region the city is in ("PORT HALDEN, Kessland,"),
                // a place whether or not the dictionary knows it.
                boolean datelineRegion = afterDateline && run.get(run.size() - 1).gapAfter().startsWith(",");
                afterDateline = false;
                boolean sentenceStart = runStart == 0 || (runStart == 1 && EnglishAnalysis.isStopWord(tokens.get(0).lower()));
                String basedOn = null;
                NameTokens.Token last = run.get(run.size() - 1);
                if (run.size() > 1 && (last.text().endsWith("'") || last.text().endsWith("’"))) {
                    // "Vellmar Terminals' chief executive": a plural possessive ends the name.
                    last = new NameTokens.Token(last.text().substring(0, last.text().length() - 1), last.start(), last.end(), true, last.gapAfter());
                    run.set(run.size() - 1, last);
                }
                int hyphen = last.text().indexOf('-');
                if (hyphen > 0 && hyphen + 1 < last.text().length() && Character.isLowerCase(last.text().charAt(hyphen + 1))) {
                    // "Bodø-based", "Toronto-listed": the name is before the hyphen.
                    basedOn = last.text().substring(hyphen + 1);
                    run.set(run.size() - 1, new NameTokens.Token(last.text().substring(0, hyphen), last.start(), last.end(), false, ""));
                }
                List<String> words = run.stream().map(NameTokens.Token::text).toList();
                String before = runStart > 0 ? tokens.get(runStart - 1).lower() : "";
                String gapBefore = runStart > 0 ? tokens.get(runStart - 1).gapAfter() : "";
                // A title inside the run: "Transport Minister Silje Aarnes", "State Mediator".
                // "the businessman Victor Oyelaran": the role was given before the name, so "Victor" is no title.
                int titleEnd = roleBefore(tokens, runStart, wordNet) ? -1 : titleEnd(words, wordNet);
                String title = null;
                if (titleEnd >= 0) {
                    title = String.join(" ", words.subList(0, titleEnd + 1));
                    words = words.subList(titleEnd + 1, words.size());
                    if (words.isEmpty()) {
                        boolean closedByComma = tokens.get(end - 1).gapAfter().strip().equals(",");
                        pendingTitle = closedByComma ? title : null;
                        pendingTitleEnd = end;
                        previousKind = null;
                        continue;
                    }
                }
                String acronym = acronymAfter(tokens, end - 1);
                if (words.size() == 1 && !run.get(0).acronym()) {
                    String word = words.get(0);
                    // A name is acting where a verb follows it: "We were told Kestrel would pay", "Thule will send a report".
                    boolean actsAlone = end < tokens.size() && AUXILIARIES.contains(tokens.get(end).lower()) && !ARTICLES.contains(before);
                    if (actsAlone) {
                        acting.add(word);
                    }
                    String country = wordNet.countryOfDemonym(word);
                    if (country != null) {
                        Draft nation = draft(drafts, taken, country, ActorKind.COUNTRY, List.of(country));
                        nation.aliases.add(word);
                        nation.demonyms.add(word);
                        previousKind = null;
                        continue;
                    }
                    if (wordNet.isName(word)) {
                        if (wordNet.isPlace(word)) {
                            ActorKind kind = wordNet.isCountry(word) ? ActorKind.COUNTRY : ActorKind.PLACE;
                            draft(drafts, taken, word, kind, words);
                            previousKind = kind.name();
                        }
                        continue;
                    }
                    if (!englishWord(word, wordNet) && (organisationAfter(tokens, end - 1, wordNet) || ownsTitle(run.get(0), tokens, end - 1, wordNet)
                            || kindNounBefore(tokens, runStart, wordNet))) {
                        draft(drafts, word, ActorKind.ORGANIZATION, words, false); // "Fjordfly, the regional airline", "Fjordfly's chief executive"
                        previousKind = null;
                        continue;
                    }
                    if (before.equals("of") && runStart >= 2 && !tokens.get(runStart - 2).capitalised()
                            && wordNet.isKindOf(tokens.get(runStart - 2).lower(), "location", 2)) {
                        draft(drafts, word, ActorKind.PLACE, words, false); // "the port of Vellmar", "the province of Catamarca"
                        previousKind = "PLACE";
                        continue;
                    }
                    boolean listedPlace = "PLACE".equals(previousKind) && (before.equals("and") || gapBefore.strip().equals(","));
                    boolean placeCue = PLACE_PREPOSITIONS.contains(before) || "based".equals(basedOn) || listedPlace || datelineRegion;
                    if (placeCue && !englishWord(word, wordNet)) {
                        // "in Bodø", "Bodø-based"; not "in December". Only "-based" and the dateline are sure.
                        draft(drafts, word, ActorKind.PLACE, words, basedOn == null && !datelineRegion);
                        previousKind = "PLACE";
                        continue;
                    }
                    // An English word is a name where it acts alone: "We were told Kestrel would pay" (Kestrel Cloud).
                    if (!sentenceStart && (!wordNet.isCommonWord(word) || actsAlone)) {
                        loneWords.add(word); // "Hovland", "Altiplano": a short name, if some longer one owns it
                    }
                    previousKind = null;
                    continue;
                }
                if (words.size() == 1 && run.get(0).acronym()) {
                    previousKind = null;
                    continue; // an acronym alone: an alias once its name is known, not a name
                }
                String name = String.join(" ", words);
                if (things.contains(name) || namesMadeThings(tokens, runStart, words.get(words.size() - 1), wordNet)) {
                    things.add(name);
                    previousKind = null;
                    continue; // "the statues, known as the Tembari Bronzes": a name for things, not for anyone
                }
                if (pendingTitle != null && runStart != pendingTitleEnd) {
                    pendingTitle = null;
                }
                String lookback = titleBefore(reading, tokens, runStart, wordNet);
                boolean after = titleAfter(tokens, end - 1, wordNet);
                // An appositive role only counts for names that are not English words ("Rosa Quispe, president
                // of ..."): "Skarvik Air, the regional carrier" is no person, whatever "carrier" can mean.
                boolean lastUnknown = !wordNet.isCommonWord(words.get(words.size() - 1).replace("'", "").replace("’", ""));
                boolean placeNounAfter = end < tokens.size() && tokens.get(end - 1).joinedToNext() && !tokens.get(end - 1).possessive()
                        && !tokens.get(end).capitalised() && !AUXILIARIES.contains(tokens.get(end).lower())
                        && wordNet.isKindOf(tokens.get(end).lower(), "location", 2)
                        && !wordNet.isKindOf(tokens.get(end).lower(), "social group", 2);
                boolean titleOf = titleOf(tokens, runStart, wordNet);
                placeNounAfter |= placeNounOf(tokens, runStart, wordNet) // "the city of Port Essel"
                        || placeApposition(tokens, runStart, wordNet); // "the capital, Port Saral"
                List<NameTokens.Token> apposition = apposition(tokens, end);
                // "Quillon Systems, a document-scanning company": the apposition's head says it is a body.
                // "Blue Corran, a conservation group based in Brekkvik": the body noun before what describes it.
                int bodyNoun = apposition == null ? -1 : lastOrganisationHead(apposition, wordNet);
                boolean bodyApposition = bodyNoun >= 0;
                boolean kindNoun = kindNounBefore(tokens, runStart, wordNet);
                boolean personCue = title != null || pendingTitle != null || lookback != null || after && lastUnknown || SAYING.contains(before)
                        || kinClauseAfter(tokens, end, wordNet);
                ActorKind kind = placeNounAfter ? ActorKind.PLACE // "the Valle Seco district", "Catamarca province"
                        : datelineRegion || Names.normalize(name).equals(datelineCity) ? ActorKind.PLACE
                        : kindNoun ? ActorKind.ORGANIZATION // "the residents' group Vesca Viva"
                        : bodyApposition ? ActorKind.ORGANIZATION
                        : kindOf(words, wordNet, personCue, PLACE_PREPOSITIONS.contains(before) || basedOn != null || titleOf);
                if (kind == ActorKind.PERSON && !personCue && before.equals("the") && thingAfter(tokens, end, wordNet)) {
                    kind = ActorKind.PLACE; // "the San Rocco quay", "the Punta Grigia terminal": a site's name, not a person's
                }
                boolean weak = kind == ActorKind.PLACE && basedOn == null && !placeNounAfter && !titleOf && !datelineRegion
                        && !Names.normalize(name).equals(datelineCity)
                        && !(wordNet.isName(name) && wordNet.isPlace(name));
                Draft draft = draft(drafts, name, kind, words, weak);
                draft.body |= kind == ActorKind.ORGANIZATION && (bodyApposition || kindNoun);
                if (kind == ActorKind.ORGANIZATION && kindNoun) {
                    // "the Seattle-based cloud company Kestrel Cloud": "the company" later is Kestrel Cloud
                    draft.descriptions.add("the " + tokens.get(runStart - 1).lower());
                }
                if (acronym != null) {
                    draft.aliases.add(acronym);
                }
                if (kind == ActorKind.ORGANIZATION && bodyApposition) {
                    // "The Fair Money Alliance (FMA), a consumer group": a reader asks about "the consumer group".
                    // From its first noun: "Dunmoor Athletic, the smallest club in ..." is "the club".
                    List<String> nouns = apposition.subList(0, bodyNoun + 1).stream().map(NameTokens.Token::text)
                            .dropWhile(w -> wordNet.nounLemma(w) == null).toList();
                    if (!nouns.isEmpty()) {
                        draft.aliases.add("the " + String.join(" ", nouns));
                        draft.descriptions.add("the " + nouns.get(nouns.size() - 1).toLowerCase(Locale.ROOT));
                    }
                }
                if (kind == ActorKind.PERSON && draft.description == null) {
                    String role = title != null ? title : pendingTitle != null ? pendingTitle : lookback != null ? lookback
                            : after ? appositive(reading, tokens, end - 1) : null;
                    if (role != null) {
                        draft.description = role.strip();
                        draft.context = role;
                    }
                }
                pendingTitle = null;
                previousKind = kind.name();
            }
        }
        return finish(drafts, loneWords, acting, sentences, taken);
    }

    private List<Proposal> finish(Map<String, Draft> drafts, List<String> loneWords, Set<String> acting, List<String> sentences,
            Predicate<String> taken) {
        // Surnames and first words used alone: aliases of the one person or organisation they shorten.
        Map<String, List<Draft>> byShortName = new HashMap<>();
        for (Draft d : drafts.values()) {
            if (d.kind == ActorKind.PERSON && d.words.size() > 1) {
                byShortName.computeIfAbsent(d.words.get(d.words.size() - 1), k -> new ArrayList<>()).add(d);
            }
            if (d.kind == ActorKind.ORGANIZATION && d.words.size() > 1) {
                byShortName.computeIfAbsent(d.words.get(0), k -> new ArrayList<>()).add(d);
            }
        }
        byShortName.forEach((word, owners) -> {
            Draft alone = drafts.get(Names.normalize(word));
            if (alone != null && owners.size() == 1 && alone.words.size() == 1 && alone.kind == owners.get(0).kind) {
                alone.weak = true; // "Altiplano's chief executive": the short form of Altiplano Lithium Corp, not another company
            }
            if (alone != null && alone.kind == ActorKind.PLACE && owners.size() == 1 && owners.get(0).kind == ActorKind.PERSON
                    && (!WordNet.shared().isPlace(word) || acting.contains(word))) {
                // "by January 29, Thule will send a report": the mediator Margaret Thule, not a place (though
                // WordNet knows a Thule in Greenland)
                alone.weak = true;
            }
            if (alone != null && alone.weak) {
                drafts.remove(Names.normalize(word)); // "to Hansen": the person, not a place
            }
            if (owners.size() == 1 && (owners.get(0).kind == ActorKind.PERSON || loneWords.contains(word) || alone != null && alone.weak)) {
                owners.get(0).aliases.add(word);
            }
        });
        mergeShortNames(drafts, sentences);
        mergeDemonyms(drafts, sentences);
        mergeCapitals(drafts, sentences);
        // "the union": the one organisation in the article whose head noun the article uses that way.
        Map<String, List<Draft>> byHead = new HashMap<>();
        for (Draft d : drafts.values()) {
            if (d.kind == ActorKind.ORGANIZATION) {
                String head = head(d.words).toLowerCase(Locale.ROOT);
                if (WordNet.shared().isCommonWord(head)) {
                    byHead.computeIfAbsent(head, k -> new ArrayList<>()).add(d);
                }
            }
        }
        String all = " " + String.join(" ", sentences).toLowerCase(Locale.ROOT) + " ";
        byHead.forEach((head, owners) -> {
            // "the union", "the union's", and "the drivers' union": the article calls the body by its head noun.
            java.util.regex.Pattern byNoun = java.util.regex.Pattern.compile(" the (?:\\p{L}+s['’] )?" + java.util.regex.Pattern.quote(head) + "(?:['’]s)?[ ,.;:]");
            if (owners.size() == 1 && byNoun.matcher(all).find()) {
                owners.get(0).aliases.add("the " + head);
                owners.get(0).descriptions.add("the " + head);
            }
        });
        // "at City Hall": a building the dictionary names with common words, guessed a place from its
        // preposition alone, is no actor (a reader's "city hall" means the city).
        drafts.values().removeIf(d -> d.weak && d.kind == ActorKind.PLACE && d.words.size() > 1 && WordNet.shared().hasEntry(d.name)
                && WordNet.shared().isCommonWord(d.name));
        // An alias never captures a longer, different name, nor a name or alias in use.
        Set<String> names = new LinkedHashSet<>();
        drafts.values().forEach(d -> names.add(Names.normalize(d.name)));
        Set<String> used = new LinkedHashSet<>();
        List<Proposal> proposals = new ArrayList<>();
        for (Draft d : drafts.values()) {
            if (proposals.size() >= max) {
                break;
            }
            String key = Names.normalize(d.name);
            if (key.isEmpty() || taken.test(key) || !used.add(key)) {
                continue;
            }
            List<String> aliases = new ArrayList<>();
            for (String alias : d.aliases) {
                String a = Names.normalize(alias);
                if (a.isEmpty() || a.equals(key) || taken.test(a) || names.contains(a) || !d.demonyms.contains(alias) && capturesLonger(a, key, names)
                        || !used.add(a)) {
                    continue;
                }
                aliases.add(alias);
            }
            String represents = null;
            if (d.kind == ActorKind.PERSON && !d.context.isEmpty()) {
                represents = actorIn(d.context, d, drafts.values());
            }
            // A description two of the article's bodies share names neither.
            List<String> descriptions = d.descriptions.stream().filter(x -> drafts.values().stream()
                    .noneMatch(other -> other != d && other.descriptions.contains(x))).toList();
            proposals.add(new Proposal(d.name, d.kind, List.copyOf(aliases), d.description, represents, descriptions));
        }
        return proposals;
    }

    /**
     * "Hollin Vale, which has 1.9 million customers" beside "Hollin Vale Bank": a name of two or more
     * words that begins one organisation's name, the rest of which is common words ("Bank",
     * "Transport Authority"), is that organisation's short form, not another actor. Not when the
     * article writes it as a place ("in the Carrow Valley" beside "Carrow Valley Transport Authority").
     */
    private static void mergeShortNames(Map<String, Draft> drafts, List<String> sentences) {
        WordNet wordNet = WordNet.shared();
        Map<String, List<Draft>> owners = new HashMap<>();
        for (Draft d : drafts.values()) {
            if (d.kind != ActorKind.ORGANIZATION) {
                continue;
            }
            for (int n = d.words.size() - 1; n >= 2; n--) {
                if (d.words.subList(n, d.words.size()).stream().allMatch(w -> wordNet.isCommonWord(w.toLowerCase(Locale.ROOT)))) {
                    owners.computeIfAbsent(Names.normalize(String.join(" ", d.words.subList(0, n))), k -> new ArrayList<>()).add(d);
                }
            }
        }
        owners.forEach((key, orgs) -> {
            Draft shorter = drafts.get(key);
            if (shorter == null || orgs.size() != 1 || orgs.contains(shorter) || shorter.kind == ActorKind.PERSON
                    || writtenAsPlace(shorter.name, sentences)) {
                return;
            }
            drafts.remove(key);
            orgs.get(0).aliases.add(shorter.name);
        });
    }

    /** Whether an article writes a name after a preposition of place or "the": "in the Carrow Valley", "the shrinking Orvane River". */
    private static boolean writtenAsPlace(String name, List<String> sentences) {
        java.util.regex.Pattern asPlace = java.util.regex.Pattern.compile("\\b(?i:the(?:\\s+\\p{Ll}+){0,2}|" + String.join("|", PLACE_PREPOSITIONS) + ")\\s+"
                + java.util.regex.Pattern.quote(name) + "(?!\\s+\\p{Lu}|\\p{L})"); // not "the Carrow Valley Transport Authority"
        return sentences.stream().anyMatch(s -> asPlace.matcher(s).find());
    }

    /**
     * "Morvanian" beside "Morvania", "Kesslander" beside "Kessland": the people's adjective of a place
     * the dictionary cannot know names that place, as "Norwegian" names Norway. It becomes the place's
     * alias (never an actor of its own), and a name that had been guessed an organisation but has a
     * people is a country.
     */
    private static void mergeDemonyms(Map<String, Draft> drafts, List<String> sentences) {
        // Every capitalised word of the article, once: a long article has hundreds of drafts to test.
        Set<String> capitalised = new java.util.HashSet<>();
        for (String sentence : sentences) {
            for (String word : sentence.split("[^\\p{L}]+")) {
                if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                    capitalised.add(word);
                }
            }
        }
        for (Draft place : List.copyOf(drafts.values())) {
            if (place.words.size() != 1 || place.kind == ActorKind.PERSON || drafts.get(Names.normalize(place.name)) != place) {
                continue;
            }
            for (String form : demonymForms(place.name)) {
                if (!capitalised.contains(form)) {
                    continue;
                }
                Draft own = drafts.get(Names.normalize(form));
                if (own != null && own.kind == ActorKind.PERSON) {
                    continue;
                }
                drafts.remove(Names.normalize(form));
                place.aliases.add(form);
                place.demonyms.add(form);
                if (place.kind == ActorKind.ORGANIZATION) {
                    place.kind = ActorKind.COUNTRY;
                }
                place.weak = false;
            }
        }
    }

    private static final String NAME = "\\p{Lu}[\\p{L}\\-]+(?: \\p{Lu}[\\p{L}\\-]+)*";
    /** "the Morvanian capital, Vasska", "Kessland's capital, Port Halden". */
    private static final java.util.regex.Pattern CAPITAL_AFTER = java.util.regex.Pattern.compile(
            "(" + NAME + ")(?:'s|’s)? capital,? (" + NAME + ")");
    /** "Port Halden, the Kessland capital". */
    private static final java.util.regex.Pattern CAPITAL_BEFORE = java.util.regex.Pattern.compile(
            "(" + NAME + "), the (" + NAME + ") capital\\b");

    /**
     * A country's capital, as the article names it ("the Morvanian capital, Vasska"), stands for its
     * government as Moscow does for Russia's: the city becomes the country's alias rather than an actor
     * of its own, so "What has Vasska offered?" asks about Morvania.
     */
    private static void mergeCapitals(Map<String, Draft> drafts, List<String> sentences) {
        for (String sentence : sentences) {
            for (java.util.regex.Pattern p : List.of(CAPITAL_AFTER, CAPITAL_BEFORE)) {
                java.util.regex.Matcher m = p.matcher(sentence);
                while (m.find()) {
                    String country = p == CAPITAL_AFTER ? m.group(1) : m.group(2);
                    String city = p == CAPITAL_AFTER ? m.group(2) : m.group(1);
                    Draft nation = countryNamed(drafts, country);
                    Draft own = drafts.get(Names.normalize(city));
                    if (nation == null || own == nation || own != null && own.kind != ActorKind.PLACE) {
                        continue;
                    }
                    drafts.remove(Names.normalize(city));
                    nation.aliases.add(city);
                }
            }
        }
    }

    /** The country a name or people's adjective ("Morvanian") stands for among the drafts, if any. */
    private static Draft countryNamed(Map<String, Draft> drafts, String name) {
        String bare = name.startsWith("The ") ? name.substring(4) : name;
        for (Draft d : drafts.values()) {
            if ((d.kind == ActorKind.COUNTRY || d.kind == ActorKind.PLACE)
                    && (d.name.equals(bare) || d.demonyms.contains(bare) || d.aliases.contains(bare))) {
                return d;
            }
        }
        return null;
    }

    /** The regular English forms of a place's people's adjective: Kenya-n, Chile-an, Brazil-ian, Japan-ese, Israel-i, Ital(y)-ian. */
    static List<String> demonymForms(String place) {
        if (place.length() < 4 || !Character.isUpperCase(place.charAt(0))) {
            return List.of();
        }
        Set<String> forms = new LinkedHashSet<>();
        String stem = place.replaceAll("[aeiouy]+$", "");
        for (String base : List.of(place, stem)) {
            for (String ending : List.of("n", "an", "ian", "ese", "i", "ish")) {
                if (!(base.endsWith("n") && ending.equals("n"))) {
                    forms.add(base + ending);
                }
            }
        }
        if (place.endsWith("land")) {
            forms.add(place + "er"); // "Kesslander", "Icelander"
        }
        forms.remove(place);
        return List.copyOf(forms);
    }

    /** Whether an alias, as words, stands inside a recognised name other than its own. */
    private static boolean capturesLonger(String alias, String own, Set<String> names) {
        for (String name : names) {
            if (!name.equals(own) && name.length() > alias.length() && (" " + name + " ").contains(" " + alias + " ")) {
                return true;
            }
        }
        return false;
    }

    /** The organisation or country named in a person's title ("Skarvik Air's chief executive"), by name or alias. */
    private static String actorIn(String context, Draft person, Iterable<Draft> drafts) {
        String normalized = " " + Names.normalize(context) + " ";
        String best = null;
        int at = Integer.MAX_VALUE;
        for (Draft d : drafts) {
            if (d == person || !(d.kind == ActorKind.ORGANIZATION || d.kind == ActorKind.COUNTRY)) {
                continue;
            }
            List<String> names = new ArrayList<>(d.aliases);
            names.add(d.name);
            for (String n : names) {
                int i = normalized.indexOf(" " + Names.normalize(n) + " ");
                if (i >= 0 && i < at) {
                    at = i;
                    best = d.name;
                }
            }
        }
        return best;
    }

    private static Draft draft(Map<String, Draft> drafts, Predicate<String> taken, String name, ActorKind kind, List<String> words) {
        return draft(drafts, name, kind, words, false);
    }

    private static Draft draft(Map<String, Draft> drafts, String name, ActorKind kind, List<String> words, boolean weak) {
        String key = Names.normalize(name);
        Draft d = drafts.get(key);
        if (TimeExpressionExtractor.isCalendarWord(name) || words.size() > 1 && WordNet.shared().isKindOf(name.toLowerCase(Locale.ROOT), "time period", 2)) {
            // "since New Year", "before Christmas" too: a time, never anyone or anywhere.
            // "as of Monday", "start in January": never anyone or anywhere. Not kept; callers may still add to it.
            return new Draft(name, kind, List.copyOf(words));
        }
        if (d == null) {
            d = new Draft(name, kind, List.copyOf(words));
            d.weak = weak;
            drafts.put(key, d);
        } else if (d.weak && !weak) {
            d.kind = kind; // "at Fjordfly" guessed a place; "Fjordfly, the regional airline" settles it
            d.weak = false;
        } else if (d.kind == ActorKind.ORGANIZATION && kind == ActorKind.PERSON && !d.body) {
            d.kind = kind; // a title next to the name settles it
        }
        return d;
    }

    /** Where a capitalised name ends: capitalised words joined by spaces, and "of"/"de" between two of them. */
    private static int runEnd(List<NameTokens.Token> tokens, int start) {
        int end = start + 1;
        while (end < tokens.size()) {
            NameTokens.Token previous = tokens.get(end - 1);
            if (previous.possessive() || !previous.joinedToNext()) {
                break;
            }
            NameTokens.Token next = tokens.get(end);
            if (next.capitalised()) {
                end++;
            } else if (CONNECTORS.contains(next.text()) && next.joinedToNext() && end + 1 < tokens.size()
                    && tokens.get(end + 1).capitalised() && joinsOver(previous, next)) {
                end += 2;
            } else if (next.text().equals("and") && next.joinedToNext() && end + 1 < tokens.size() && tokens.get(end + 1).capitalised()
                    && !previous.possessive() && WordNet.shared().isCommonWord(previous.lower())) {
                // "the Bus and Coach Workers' Union": one body, not "Bus" and a union. "The Union of Ferry
                // and Coastal Seafarers (UFCS)": the acronym after it spells the whole name.
                int joined = runEnd(tokens, end + 1);
                if (endsInOrganisationHead(tokens, joined) || spelledByAcronym(tokens, start, joined)) {
                    return joined;
                }
                break;
            } else {
                break;
            }
        }
        return end;
    }

    /** Verbs that follow a name as its predicate; "has" would otherwise read as the plural of "ha", a unit of area. */
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Set<String> AUXILIARIES = Set.of("has", "is", "was", "does", "had", "have", "are", "were", "will", "would", "can", "could");

    /** "the airline Fjordfly", "the residents' group Vesca Viva": a body's kind written right before its name. */
    private static boolean kindNounBefore(List<NameTokens.Token> tokens, int runStart, WordNet wordNet) {
        if (runStart == 0) {
            return false;
        }
        NameTokens.Token before = tokens.get(runStart - 1);
        return !before.capitalised() && !before.possessive() && before.joinedToNext() && isOrganisationHead(before.lower(), wordNet);
    }

    /**
     * The lower-case noun group set after a name by a comma and an article ("Quillon Systems, a
     * document-scanning company that ...", "The Fair Money Alliance (FMA), a consumer group, ..."), past
     * an acronym in brackets; null when there is none. Its last word is its head ("the bank's chief
     * executive" is an executive).
     */
    private static List<NameTokens.Token> apposition(List<NameTokens.Token> tokens, int end) {
        int comma = end - 1;
        if (end < tokens.size() && tokens.get(comma).gapAfter().contains("(") && tokens.get(end).acronym()) {
            comma = end; // "The Fair Money Alliance (FMA), a consumer group"
        }
        int article = comma + 1;
        if (article >= tokens.size() || !tokens.get(comma).gapAfter().replace(")", "").strip().equals(",")
                || !ARTICLES.contains(tokens.get(article).lower())) {
            return null;
        }
        for (int i = article + 1; i < Math.min(tokens.size(), article + 5); i++) {
            NameTokens.Token t = tokens.get(i);
            if (t.capitalised()) {
                return null;
            }
            boolean last = !t.joinedToNext() || i + 1 >= tokens.size() || EnglishAnalysis.isStopWord(tokens.get(i + 1).lower());
            if (last) {
                return t.possessive() ? null : tokens.subList(article + 1, i + 1);
            }
        }
        return null;
    }

    /**
     * Whether the "(UFCS)" after a name run is made of the initials of its capitalised words, "The",
     * "of" and "and" aside: the writer says the words between are one name.
     */
    private static boolean spelledByAcronym(List<NameTokens.Token> tokens, int start, int end) {
        String acronym = acronymAfter(tokens, end - 1);
        if (acronym == null) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (int i = start; i < end; i++) {
            NameTokens.Token t = tokens.get(i);
            if (t.capitalised() && !(i == start && t.lower().equals("the"))) {
                initials.append(t.text().charAt(0));
            }
        }
        return initials.toString().equals(acronym.replace(".", ""));
    }

    /** Whether a capitalised run that ends before {@code end} ends in an organisation's head noun ("Coach Workers' Union"). */
    private static boolean endsInOrganisationHead(List<NameTokens.Token> tokens, int end) {
        String last = tokens.get(end - 1).text();
        return isOrganisationHead(last.endsWith("'s") || last.endsWith("’s") ? last.substring(0, last.length() - 2) : last, WordNet.shared());
    }

    /**
     * Whether a connector joins the names on either side into one: "Chamber of Commerce", "University
     * of Catamarca" and "Leonardo da Vinci" are one name; "Prime Minister Henrik Aalberg of Kessland"
     * is a person and a country, since "of" follows a surname, not a word such as "chamber".
     */
    private static boolean joinsOver(NameTokens.Token previous, NameTokens.Token connector) {
        if (!connector.text().equals("of") && !connector.text().equals("for")) {
            return true;
        }
        String word = previous.text().replace("'", "").replace("’", "").toLowerCase(Locale.ROOT);
        return previous.acronym() || WordNet.shared().isCommonWord(word);
    }

    /** The index of the last title word in a name ("Transport Minister" in "Transport Minister Silje Aarnes"), or -1. */
    private static int titleEnd(List<String> words, WordNet wordNet) {
        if (isOrganisationHead(head(words), wordNet)) {
            return -1; // "Nordic Aviators' Union": "Aviators'" is part of the name, not a title
        }
        int found = -1;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i).replace("'", "").replace("’", "");
            if (wordNet.isCommonWord(w) && wordNet.isKindOf(w, "person", 1) && !wordNet.isName(w) && wordNet.countryOfDemonym(w) == null) {
                found = i;
            }
        }
        if (found == words.size() - 1) {
            return words.size() > 3 ? -1 : found; // the whole run is a title ("State Mediator")
        }
        if (found >= 0 && words.subList(found + 1, words.size()).stream()
                .allMatch(w -> wordNet.isCommonWord(w.replace("'", "").replace("’", "").toLowerCase(Locale.ROOT)))) {
            return -1; // "Essel Metropolitan Water Authority": no one's name follows "Metropolitan", only common words
        }
        return found;
    }

    /**
     * A title before a name: right before it ("union president Kari Hansen") or in the clause that a
     * comma closes before it ("Skarvik Air's chief executive, Marit Hovland"; "The mayor of Lyngøy,
     * Tor Eilertsen"). Returns that stretch of text (with the title's owner, if named), or null.
     */
    private static String titleBefore(String reading, List<NameTokens.Token> tokens, int runStart, WordNet wordNet) {
        if (runStart == 0) {
            return null;
        }
        boolean comma = tokens.get(runStart - 1).gapAfter().strip().equals(",");
        if (!comma && !tokens.get(runStart - 1).joinedToNext()) {
            return null;
        }
        int clauseStart = runStart - 1;
        while (clauseStart > 0 && clauseStart > runStart - 9 && tokens.get(clauseStart - 1).gapAfter().isBlank()) {
            clauseStart--;
        }
        for (int i = runStart - 1; i >= (comma ? clauseStart : runStart - 1); i--) {
            NameTokens.Token t = tokens.get(i);
            if (!t.capitalised() && !t.possessive() && wordNet.isCommonWord(t.lower()) && wordNet.isKindOf(t.lower(), "person", 1)) {
                if (plural(t.lower(), wordNet)) {
                    return null; // "evacuated 1,850 residents from Las Tejeras, El Roque and ...": many people are no one's title
                }
                int from = i;
                while (from - 1 >= clauseStart && from > i - 3 && !EnglishAnalysis.isStopWord(tokens.get(from - 1).lower())
                        && !SAYING.contains(tokens.get(from - 1).lower()) && tokens.get(from - 1).gapAfter().isBlank()) {
                    from--;
                }
                String text = reading.substring(tokens.get(from).start(), tokens.get(runStart - 1).end());
                return text.endsWith(".") || text.endsWith(",") ? text.substring(0, text.length() - 1) : text;
            }
        }
        return null;
    }

    /**
     * "The mayor of Porto Vesca", "the governor of Catamarca": a name after a person's title and "of"
     * is what the title is of, a place (or a body, which its head noun says first), not the person.
     */
    private static boolean titleOf(List<NameTokens.Token> tokens, int runStart, WordNet wordNet) {
        if (runStart < 2 || !tokens.get(runStart - 1).lower().equals("of")) {
            return false;
        }
        NameTokens.Token title = tokens.get(runStart - 2);
        return !title.capitalised() && !title.possessive() && title.joinedToNext() && wordNet.isCommonWord(title.lower())
                && wordNet.isKindOf(title.lower(), "person", 1);
    }

    /** Whether a name follows a kind of place and "of": "the city of Port Essel", "the province of Catamarca". */
    /** Whether a person's role, in lower case, stands right before a name: "the businessman Victor Oyelaran". */
    private static boolean roleBefore(List<NameTokens.Token> tokens, int runStart, WordNet wordNet) {
        if (runStart == 0) {
            return false;
        }
        NameTokens.Token before = tokens.get(runStart - 1);
        return !before.capitalised() && !before.possessive() && before.joinedToNext() && wordNet.isCommonWord(before.lower())
                && wordNet.isKindOf(before.lower(), "person", 1) && !plural(before.lower(), wordNet);
    }

    /** Whether a noun is written in the plural: "residents" (WordNet's base form "resident"), not "boss". */
    private static boolean plural(String noun, WordNet wordNet) {
        String lemma = wordNet.nounLemma(noun);
        return lemma != null && !lemma.equals(noun) && noun.endsWith("s");
    }

    /** "in the capital, Port Saral": a name set off by a comma after "the" and a noun for a place names that place. */
    private static boolean placeApposition(List<NameTokens.Token> tokens, int runStart, WordNet wordNet) {
        if (runStart < 2 || !tokens.get(runStart - 1).gapAfter().strip().equals(",") || !tokens.get(runStart - 2).lower().equals("the")) {
            return false;
        }
        return placeNoun(tokens.get(runStart - 1), 3, wordNet); // a capital city is "capital"'s third sense
    }

    private static boolean placeNounOf(List<NameTokens.Token> tokens, int runStart, WordNet wordNet) {
        if (runStart < 2 || !tokens.get(runStart - 1).lower().equals("of")) {
            return false;
        }
        NameTokens.Token noun = tokens.get(runStart - 2);
        // "the city of Port Essel", "the fishing village of El Roque" (a village is a place in WordNet's second sense)
        return noun.joinedToNext() && placeNoun(noun, 2, wordNet);
    }

    /** A lower-case noun for a place in its first senses, never for a body: "city", "village"; not "the union of ...". */
    private static boolean placeNoun(NameTokens.Token noun, int senses, WordNet wordNet) {
        return !noun.capitalised() && !noun.possessive() && wordNet.isKindOf(noun.lower(), "location", senses)
                && !wordNet.isKindOf(noun.lower(), "organization", senses);
    }

    /** ", president of the cooperative", ", the authority's director of ...", ", who leads the union's branch": a role after the name. */
    private static boolean titleAfter(List<NameTokens.Token> tokens, int last, WordNet wordNet) {
        if (last + 1 >= tokens.size() || !tokens.get(last).gapAfter().strip().equals(",")) {
            return false;
        }
        for (int i = last + 1; i < Math.min(tokens.size(), last + 6); i++) {
            NameTokens.Token t = tokens.get(i);
            if (t.lower().equals("who") || (!t.capitalised() && wordNet.isKindOf(t.lower(), "person", 1) && !t.possessive()
                    && wordNet.isCommonWord(t.lower()))) {
                return true;
            }
            if (!t.joinedToNext() && !t.possessive()) {
                return false;
            }
        }
        return false;
    }

    /** The appositive after a name, up to the next comma or full stop. */
    private static String appositive(String reading, List<NameTokens.Token> tokens, int last) {
        int from = tokens.get(last + 1).start();
        int to = from;
        for (int i = last + 1; i < tokens.size(); i++) {
            to = tokens.get(i).end();
            if (!tokens.get(i).gapAfter().isBlank()) {
                break;
            }
        }
        String text = reading.substring(from, to);
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    /** ", the Tromsø-based regional airline": an appositive whose head noun is an organisation. */
    private static boolean organisationAfter(List<NameTokens.Token> tokens, int last, WordNet wordNet) {
        if (last + 1 >= tokens.size() || !tokens.get(last).gapAfter().strip().equals(",")) {
            return false;
        }
        for (int i = last + 1; i < Math.min(tokens.size(), last + 6); i++) {
            NameTokens.Token t = tokens.get(i);
            if (!t.capitalised() && isOrganisationHead(t.text(), wordNet) && !t.joinedToNext()) {
                return true;
            }
            if (!t.joinedToNext()) {
                return false;
            }
        }
        return false;
    }

    /** "Fjordfly's chief executive": a possessive name followed by a person's title owns it, so it is an organisation. */
    private static boolean ownsTitle(NameTokens.Token name, List<NameTokens.Token> tokens, int last, WordNet wordNet) {
        if (!name.possessive()) {
            return false;
        }
        for (int i = last + 1; i < Math.min(tokens.size(), last + 3); i++) {
            NameTokens.Token t = tokens.get(i);
            if (!t.capitalised() && wordNet.isCommonWord(t.lower()) && wordNet.isKindOf(t.lower(), "person", 1)) {
                return true;
            }
            if (!t.joinedToNext()) {
                return false;
            }
        }
        return false;
    }

    /** "(NAU)" right after a name: its acronym. */
    private static String acronymAfter(List<NameTokens.Token> tokens, int last) {
        if (last + 1 < tokens.size() && tokens.get(last).gapAfter().strip().equals("(") && tokens.get(last + 1).acronym()
                && tokens.get(last + 1).gapAfter().startsWith(")")) {
            return tokens.get(last + 1).text();
        }
        return null;
    }

    private static ActorKind kindOf(List<String> words, WordNet wordNet, boolean personCue, boolean placeCue) {
        String name = String.join(" ", words);
        if (wordNet.isName(name) && wordNet.isPlace(name)) {
            return wordNet.isCountry(name) ? ActorKind.COUNTRY : ActorKind.PLACE;
        }
        if (isOrganisationHead(head(words), wordNet)) {
            return ActorKind.ORGANIZATION;
        }
        if (words.size() > 1 && geographic(head(words), wordNet)
                || words.size() == 2 && wordNet.isKindOf(words.get(0).toLowerCase(Locale.ROOT), "body of water", 1)
                        && !wordNet.isCommonWord(words.get(1).toLowerCase(Locale.ROOT))) {
            return ActorKind.PLACE; // "Carrow Valley", "Corran Sea", "River Ulve": named for a kind of land or water
        }
        if (words.size() > 1 && built(head(words), wordNet)) {
            return ActorKind.PLACE; // "Millbrook Lane", "Tarrow Dam": a road or a building, not a body
        }
        boolean connected = words.stream().anyMatch(CONNECTORS::contains);
        if (personCue && !connected && words.size() <= 4) {
            return ActorKind.PERSON;
        }
        if (placeCue) {
            return ActorKind.PLACE;
        }
        boolean unknownWords = words.stream().noneMatch(w -> wordNet.isCommonWord(w.replace("'", "").replace("’", "")));
        if (!connected && words.size() <= 3 && unknownWords) {
            return ActorKind.PERSON; // "Erik Saltnes": words that are names, not English
        }
        return ActorKind.ORGANIZATION; // a name made of ordinary words ("Skarvik Air"): an organisation
    }

    /** The word a name is about: the last, or the one before "of" ("Ministry of Transport"). */
    private static String head(List<String> words) {
        for (int i = 1; i < words.size(); i++) {
            if (words.get(i).equals("of") || words.get(i).equals("for")) {
                return words.get(i - 1);
            }
        }
        return words.get(words.size() - 1);
    }

    /**
     * Whether a word names, first of all, a kind of place, land form or water in WordNet ("valley",
     * "sea", "county"); not "air", whose second sense is a region.
     */
    private static boolean geographic(String word, WordNet wordNet) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.length() > 2 && wordNet.isCommonWord(w) && (wordNet.isKindOf(w, "location", 1)
                || wordNet.isKindOf(w, "geological formation", 1) || wordNet.isKindOf(w, "body of water", 1));
    }

    /**
     * Whether a name is given to made things: it follows "known as" or "called" (perhaps with "the"),
     * the noun before that is no body or person ("the statues, known as ..."; not "the firm, known as
     * Quillon Systems"), and the name ends in a plural noun for made things ("Bronzes", "Marbles").
     */
    private static boolean namesMadeThings(List<NameTokens.Token> tokens, int runStart, String head, WordNet wordNet) {
        int i = runStart - 1;
        if (i >= 0 && tokens.get(i).lower().equals("the")) {
            i--;
        }
        if (i >= 0 && tokens.get(i).lower().equals("as") && i >= 1 && tokens.get(i - 1).lower().equals("known")) {
            i--;
        } else if (i < 0 || !tokens.get(i).lower().equals("called")) {
            return false;
        }
        String described = i >= 1 ? tokens.get(i - 1).lower() : "";
        String noun = head.toLowerCase(Locale.ROOT);
        return !isOrganisationHead(described, wordNet) && !wordNet.isKindOf(described, "person", 2)
                && plural(noun, wordNet) && wordNet.isKindOf(noun, "artifact", 2) && !isOrganisationHead(head, wordNet);
    }

    /**
     * Whether a word names, first of all, a road or a built structure ("lane", "dam", "stadium"). Asked
     * after isOrganisationHead: "hospital", "house" and "office" are bodies first.
     */
    private static boolean built(String word, WordNet wordNet) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.length() > 2 && wordNet.isCommonWord(w) && (wordNet.isKindOf(w, "way", 1) || wordNet.isKindOf(w, "structure", 1));
    }

    /**
     * Whether a clause after the name says it is a person's: ", whose family ..." (a kin word).
     * "Mattias Hollander, whose family has run Brookhof Farm": "Hollander" is an English word, so the
     * name alone does not say. ", whose shares ..." says nothing: bodies have shares too.
     */
    private static boolean kinClauseAfter(List<NameTokens.Token> tokens, int end, WordNet wordNet) {
        if (end >= tokens.size() || !tokens.get(end - 1).gapAfter().strip().equals(",")) {
            return false;
        }
        if (!tokens.get(end).lower().equals("whose") || end + 1 >= tokens.size()) {
            return false;
        }
        String kin = tokens.get(end + 1).lower();
        return wordNet.isKindOf(kin, "relative", 1) || wordNet.isKindOf(kin, "kin group", 3);
    }

    /** Whether a name is followed by a lower-case noun for a made thing or a place: "quay", "terminal", "campus". */
    private static boolean thingAfter(List<NameTokens.Token> tokens, int end, WordNet wordNet) {
        if (end >= tokens.size() || !tokens.get(end - 1).joinedToNext() || tokens.get(end - 1).possessive() || tokens.get(end).capitalised()) {
            return false;
        }
        String noun = tokens.get(end).lower();
        return wordNet.nounLemma(noun) != null && (wordNet.isKindOf(noun, "artifact", 1) || wordNet.isKindOf(noun, "location", 2));
    }

    /** Where the last noun that heads a body's name stands in an apposition ("conservation group based"), or -1. */
    private static int lastOrganisationHead(List<NameTokens.Token> apposition, WordNet wordNet) {
        for (int i = apposition.size() - 1; i >= 0; i--) {
            NameTokens.Token t = apposition.get(i);
            if (!t.possessive() && isOrganisationHead(t.text(), wordNet)) { // not "the union's regional organiser"
                return i;
            }
        }
        return -1;
    }

    private static boolean isOrganisationHead(String word, WordNet wordNet) {
        String w = word.replace(".", "").replace("'", "").replace("’", "").toLowerCase(Locale.ROOT);
        // "group" itself heads names ("Residents Action Group"), though WordNet files it above "social group".
        return w.length() > 2 && wordNet.isCommonWord(w) && (wordNet.isKindOf(w, "social group", 3) || w.equals("group"))
                && !wordNet.isKindOf(w, "person", 1);
    }

    /**
     * Whether a word is an English dictionary entry as written ("December"), not a name WordNet's
     * look-up happens to fold onto one: "Bodø" is not "bod".
     */
    private static boolean englishWord(String word, WordNet wordNet) {
        return word.chars().allMatch(c -> c < 128) && wordNet.hasEntry(word);
    }

    /** A Title Case headline: most words capitalised, small words excepted. */
    private static boolean titleCase(List<NameTokens.Token> tokens) {
        List<NameTokens.Token> words = tokens.stream().skip(1).filter(t -> !EnglishAnalysis.isStopWord(t.lower())).toList();
        long capitalised = words.stream().filter(NameTokens.Token::capitalised).count();
        return words.size() >= 4 && capitalised * 10 >= words.size() * 8;
    }
}
