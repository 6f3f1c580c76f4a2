package io.briefing.briefing;

import io.briefing.article.Dateline;
import io.briefing.knowledge.ActorKind;
import io.briefing.knowledge.QuantityKind;
import io.briefing.knowledge.TimeExpressionKind;
import io.briefing.language.WordNet;
import io.briefing.snapshot.ActorView;
import io.briefing.snapshot.EvidenceView;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a sentence contains the kind of thing a question asks for: a date or time for "when" (the
 * time expressions found in it, or a time word), a
 * place for "where", a figure for "how many", a person or organisation for "who", a reason for
 * "why". Retrieval ranks sentences that do above sentences that merely share words.
 */
final class AnswerSignals {

    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
    private static final String DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    private static final Pattern TIME = Pattern.compile("\\b(?:" + MONTHS + "|" + DAYS + ")\\b"
            + "|\\b(?:1[89]|20)\\d{2}\\b"
            + "|(?i:\\b(?:last|next|this|previous|coming|early|late|later|earlier)\\s+(?:week|weekend|month|year|winter|spring|summer|autumn|fall|morning|evening|night|decade|century)\\b)"
            + "|(?i:\\b(?:yesterday|today|tonight|tomorrow|ago|overnight|midnight|noon)\\b)"
            + "|(?i:\\b(?:early|late)\\s+\\w+day\\b)"
            // A time of day: "at about 7:40 pm", "10 a.m.", "at 18:30".
            + "|\\b\\d{1,2}(?::\\d{2})?\\s?(?i:a\\.m\\.|p\\.m\\.|am\\b|pm\\b)|\\b(?:[01]?\\d|2[0-3]):[0-5]\\d\\b");
    private static final Pattern DURATION = Pattern.compile("(?i)\\b(?:for|in|over|about|nearly|almost|more than)\\s+(?:\\S+\\s+)?(?:years?|months?|weeks?|days?|decades?|hours?)\\b");
    private static final Pattern NUMBER = Pattern.compile("\\d|(?i:\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|millions?|billions?)\\b)");
    private static final Pattern REASON = Pattern.compile("(?i)\\b(?:because|due to|as a result|in order to|so that|thanks to|led to|aimed at|in return|to ensure|to help|in part because|reason|owing to|amid|after|unless|in protest|in a bid to|in an effort to|a sign that|as part of|designed to|meant to|blam(?:e|es|ed|ing))\\b"
            // "collapsed over Lorimar's demand": "over" a matter, not over a stretch of time
            + "|(?i:\\bover\\s+(?!(?:the\\s+|a\\s+|an\\s+)?(?:past|next|last|coming|previous|weekend|\\d|\\w+\\s+(?:years?|months?|weeks?|days?|hours?|decades?)\\b|years?|months?|weeks?|days?|hours?|decades?|time)))");
    private static final Pattern ROLE = Pattern.compile("(?i)\\b(?:minister|president|leader|aide|official|officials|spokes(?:man|woman|person)|chief|director|secretary|chairman|chairwoman|chair|head|general|commander|ambassador|envoy|analysts?|experts?|monitors|agency|union|company|council|court|ministry|government|committee|panel|police|executive|manager|mayor|governor|negotiator|mediator)\\b");
    private static final Pattern NAME_PAIR = Pattern.compile("(?<!^)\\b\\p{Lu}[\\p{L}\\-]+\\s+\\p{Lu}[\\p{L}\\-]+");
    /** A capitalised name after a preposition of place: "in Port Halden", "to Vasska", "near Thornfield" (not "according to Reuters"). */
    private static final Pattern PLACE_AFTER_PREPOSITION = Pattern.compile(
            "(?<!according )\\b(in|at|to|from|near|outside|into|across)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}\\-]+(?:\\s+\\p{Lu}[\\p{L}\\-]+(?:['\u2019]s?)?)*)");
    /** Prepositions that put something at a venue ("heard at Corrowick Magistrates' Court"), not send it there. */
    private static final java.util.Set<String> VENUE_PREPOSITIONS = java.util.Set.of("in", "at", "near", "outside");
    /** A name after a common noun and "of": "the port city of Sorvik", "the province of Catamarca" (kept when the noun is a kind of place). */
    private static final Pattern NAME_AFTER_KIND = Pattern.compile("\\b(\\p{Ll}+) of (?:the )?\\p{Lu}[\\p{L}\\-]+");
    /** "Bodø-based", "Seattle-based": the place a body is based in. */
    private static final Pattern BASED_IN = Pattern.compile("\\b(\\p{Lu}[\\p{L}]+(?:[ -]\\p{Lu}[\\p{L}]+)*)-based\\b");
    private static final Pattern CAPITALISED = Pattern.compile("(?<=\\s)\\p{Lu}[\\p{L}\\-]+");

    private AnswerSignals() {
    }

    /**
     * Whether the sentence holds what the answer type needs (never for STATEMENT and MOTIVE). A
     * place or person already named in the question does not count: "Where is Putin going after
     * North Korea?" wants another place.
     */
    static boolean has(AnswerType type, EvidenceView e, java.util.List<ActorView> named) {
        String text = e.getCleanQuote();
        return switch (type) {
            case TIME -> datedTimes(e).findAny().isPresent() || TIME.matcher(text).region(Dateline.end(text), text.length()).find()
                    || e.getQuantities().stream().anyMatch(q -> q.kind() == QuantityKind.YEAR && q.start() >= filedAt(e));
            case DURATION -> e.getTimes().stream().anyMatch(t -> t.kind() == TimeExpressionKind.DURATION) || DURATION.matcher(text).find()
                    || e.getQuantities().stream().anyMatch(q -> q.kind() == QuantityKind.DURATION) || sinceTimes(e).findAny().isPresent();
            case QUANTITY -> !e.getQuantities().isEmpty() || NUMBER.matcher(text).find();
            case MONEY -> e.getQuantities().stream().anyMatch(q -> q.kind() == QuantityKind.MONEY);
            case PLACE -> mentionsPlace(e, text, named);
            case PERSON_OR_ORGANIZATION -> e.getActors().stream().anyMatch(a -> !named.contains(a) && (a.getKind() == ActorKind.PERSON
                    || a.getKind() == ActorKind.ORGANIZATION)) || ROLE.matcher(text).find() || NAME_PAIR.matcher(text).find();
            case REASON -> REASON.matcher(text).find();
            case MEANS -> carriedBy(text);
            case MOTIVE, STATEMENT -> false;
        };
    }

    /** The words that mark a sentence's first reason ("because", "after", "blamed"), or null. */
    static java.util.regex.MatchResult reasonMarker(String text) {
        java.util.regex.Matcher m = REASON.matcher(text);
        return m.find() ? m.toMatchResult() : null;
    }

    /**
     * The times in a sentence that place something on the calendar (no lengths of time), leaving out
     * the dateline's: "Oct 22" in "PORTO VESCA, Italy, Oct 22 (Adriatic Wire Service) - " is when the
     * story was filed, not when anything in it happens.
     */
    static java.util.stream.Stream<io.briefing.snapshot.TimeExpressionView> datedTimes(EvidenceView e) {
        int filed = filedAt(e);
        return e.getTimes().stream().filter(t -> t.kind() != TimeExpressionKind.DURATION && t.start() >= filed);
    }

    /** The article offset where the sentence's story text starts, past any dateline it opens with. */
    private static final String SINCE = "since ";

    /**
     * The times a sentence says something has lasted since ("its home since 1913", "closed since March
     * 2025"): how long so far, as the extractor dated them.
     */
    private static java.util.stream.Stream<io.briefing.snapshot.TimeExpressionView> sinceTimes(EvidenceView e) {
        String raw = e.getArticle().getText();
        return datedTimes(e).filter(t -> t.start() >= SINCE.length() && raw.regionMatches(true, t.start() - SINCE.length(), SINCE, 0, SINCE.length()));
    }

    private static int filedAt(EvidenceView e) {
        return e.getStart() + Dateline.end(e.getQuote());
    }

    /** A preposition of means and its article: "by", "aboard a", "in a". Only the preposition is consumed, so "in Sorvik by ferry" has two. */
    private static final Pattern CARRIED = Pattern.compile("(?i)\\b(?:by|aboard|on board|in|on)\\s+(?:(?:an?|the|his|her|their|its)\\s+)?");
    private static final Pattern BY_WAY = Pattern.compile("(?i)\\bby (?:air|sea|road|rail|land)\\b");
    /** A word right at a position, and the word after it with only spaces between (punctuation ends the run). */
    private static final Pattern WORD_HERE = Pattern.compile("\\G[\\p{L}-]+");
    private static final Pattern WORD_NEXT = Pattern.compile("\\G\\s+([\\p{L}-]+)");

    /**
     * Whether a sentence says how someone travels or something is carried: a kind of conveyance (by
     * WordNet) within three words after "by", "aboard", "in" or "on" ("by armored train", "in a
     * limousine"), or "by air"; not one that modifies the noun after it ("on the train drivers' pay").
     */
    static boolean carriedBy(String text) {
        if (BY_WAY.matcher(text).find()) {
            return true;
        }
        WordNet wordNet = WordNet.shared();
        Matcher m = CARRIED.matcher(text);
        Matcher here = WORD_HERE.matcher(text);
        Matcher next = WORD_NEXT.matcher(text);
        while (m.find()) {
            if (!here.find(m.end())) {
                continue;
            }
            java.util.List<String> run = new java.util.ArrayList<>(java.util.List.of(here.group()));
            for (int at = here.end(); run.size() < 4 && next.find(at); at = next.end()) {
                run.add(next.group(1));
            }
            for (int i = 0; i < Math.min(3, run.size()); i++) {
                String word = run.get(i);
                String after = i + 1 < run.size() ? run.get(i + 1) : "";
                boolean modifies = !after.isEmpty() && Character.isLowerCase(after.charAt(0)) && !io.briefing.language.EnglishAnalysis.isStopWord(after);
                if (Character.isLowerCase(word.charAt(0)) && !modifies && wordNet.isKindOf(word.toLowerCase(java.util.Locale.ROOT), "conveyance", 2)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A word of a sentence, as written: figures ("45,000") and hyphenated words stay one word. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019.,\\-]*");

    /**
     * How many content words stand between the nearest thing of the answer type (a date, a figure, a
     * place named after a preposition) and a word of the question's focus, in the verbatim quote,
     * looking no further than {@code limit} words; {@code Integer.MAX_VALUE} when none is that near or
     * the type has no such thing. "The city council will vote on the plan on November 12" dates the
     * vote itself (two words apart); a sentence that shares the question's words and mentions 2028
     * elsewhere dates something else. Only the words within reach are stemmed: this runs for every
     * retrieved sentence. {@code notAnswer} names times that do not count ("last week" for a time to come).
     */
    static int reach(AnswerType type, EvidenceView e, java.util.function.Predicate<String> focusStem, java.util.List<ActorView> named, int limit,
            java.util.function.Predicate<io.briefing.snapshot.TimeExpressionView> notAnswer) {
        String text = e.getQuote();
        java.util.List<int[]> answers = answerSpans(type, e, text, named, notAnswer);
        if (answers.isEmpty()) {
            return Integer.MAX_VALUE;
        }
        // Only content words count: "vote on the plan on November 12" is two apart, not five.
        java.util.List<int[]> words = new java.util.ArrayList<>(); // {start, end}
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group();
            if (Character.isDigit(word.charAt(0)) || !io.briefing.language.EnglishAnalysis.isStopWord(word)) {
                words.add(new int[] {m.start(), m.end()});
            }
        }
        Boolean[] focus = new Boolean[words.size()];
        int best = Integer.MAX_VALUE;
        for (int[] span : answers) {
            int first = -1;
            int last = -1;
            for (int i = 0; i < words.size(); i++) {
                if (words.get(i)[1] > span[0] && words.get(i)[0] < span[1]) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            if (first < 0) {
                continue;
            }
            int from = limit == Integer.MAX_VALUE ? 0 : Math.max(0, first - limit);
            int to = limit == Integer.MAX_VALUE ? words.size() - 1 : Math.min(words.size() - 1, last + limit);
            for (int i = from; i <= to; i++) {
                if (i >= first && i <= last) {
                    continue;
                }
                if (focus[i] == null) {
                    String word = text.substring(words.get(i)[0], words.get(i)[1]);
                    // An irregular form is its base word too ("the slide came down" is near "come down"), as in the index.
                    String base = io.briefing.language.Lemmas.shared().baseOf(word.toLowerCase(java.util.Locale.ROOT));
                    focus[i] = io.briefing.language.EnglishAnalysis.stems(word).stream().anyMatch(focusStem)
                            || base != null && io.briefing.language.EnglishAnalysis.stems(base).stream().anyMatch(focusStem);
                }
                if (focus[i]) {
                    best = Math.min(best, i < first ? first - i : i - last);
                }
            }
        }
        return best;
    }

    /** Where in the quote the things of the answer type are, as {start, end} offsets into it. */
    private static java.util.List<int[]> answerSpans(AnswerType type, EvidenceView e, String text, java.util.List<ActorView> named,
            java.util.function.Predicate<io.briefing.snapshot.TimeExpressionView> notAnswer) {
        java.util.List<int[]> spans = new java.util.ArrayList<>();
        int base = e.getStart();
        switch (type) {
            case TIME -> {
                datedTimes(e).forEach(t -> spans.add(new int[] {t.start() - base, t.end() - base}));
                addMatches(TIME, text, spans);
                int dateline = Dateline.end(text);
                spans.removeIf(span -> span[0] < dateline);
                // A time the caller rules out ("warned on Wednesday" for "When will they vote?") is none, as written or matched.
                datedTimes(e).filter(notAnswer).forEach(t -> spans.removeIf(span -> span[0] < t.end() - base && span[1] > t.start() - base));
            }
            case DURATION -> {
                e.getTimes().stream().filter(t -> t.kind() == TimeExpressionKind.DURATION).forEach(t -> spans.add(new int[] {t.start() - base, t.end() - base}));
                sinceTimes(e).forEach(t -> spans.add(new int[] {t.start() - base, t.end() - base}));
                addMatches(DURATION, text, spans);
            }
            case QUANTITY -> {
                // A year ("by 2028") dates something; it counts nothing.
                e.getQuantities().stream().filter(q -> q.kind() != QuantityKind.YEAR).forEach(q -> spans.add(new int[] {q.start() - base, q.end() - base}));
                Matcher m = NUMBER.matcher(text);
                while (m.find()) {
                    spans.add(new int[] {m.start(), m.end()});
                }
                spans.removeIf(span -> span[0] >= 0 && span[0] < text.length() && YEAR.matcher(wordAround(text, span[0])).matches());
            }
            case MONEY -> e.getQuantities().stream().filter(q -> q.kind() == QuantityKind.MONEY).forEach(q -> spans.add(new int[] {q.start() - base, q.end() - base}));
            case PLACE -> {
                Matcher at = PLACE_AFTER_PREPOSITION.matcher(text);
                while (at.find()) {
                    String name = at.group(2);
                    if (named.stream().noneMatch(a -> a.getName().contains(name) || a.getAliases().contains(name))) {
                        spans.add(new int[] {at.start(2), at.end(2)}); // a place the question names is not the answer
                    }
                }
                addMatches(BASED_IN, text, spans);
            }
            default -> {
            }
        }
        return spans;
    }

    /** The word a character belongs to, without the punctuation around it ("2028," is "2028"). */
    private static String wordAround(String text, int at) {
        int from = at;
        while (from > 0 && Character.isLetterOrDigit(text.charAt(from - 1))) {
            from--;
        }
        int to = at;
        while (to < text.length() && Character.isLetterOrDigit(text.charAt(to))) {
            to++;
        }
        return text.substring(from, to);
    }

    private static void addMatches(Pattern pattern, String text, java.util.List<int[]> spans) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
    }

    /** How many words may stand between a figure and the noun it counts ("4.8 million artillery shells"). */
    private static final int COUNT_REACH = 4;
    /** A year ("2028") dates a sentence; it counts nothing. */
    private static final Pattern YEAR = Pattern.compile("(?:1[89]|20)\\d{2}");

    /**
     * Whether a sentence gives a figure for the noun a "how many" question counts: a number at most
     * four words before the noun or a word close to it ("10,000 containers", "six nuclear tests").
     */
    static boolean counts(EvidenceView e, Focus counted, double minCover) {
        java.util.List<String> stems = io.briefing.language.EnglishAnalysis.stems(e.getCleanQuote());
        for (int i = 0; i < stems.size(); i++) {
            if (counted.coveredBy(java.util.Set.of(stems.get(i))) < minCover) {
                continue;
            }
            for (int j = Math.max(0, i - COUNT_REACH); j < i; j++) {
                if (NUMBER.matcher(stems.get(j)).find() && !YEAR.matcher(stems.get(j)).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Pattern CALENDAR_WORD = Pattern.compile(MONTHS + "|" + DAYS);

    /**
     * Whether a sentence names something the question does not: a capitalised word after the first
     * (not a month or weekday) that the question does not use. "Which school ...?" is answered by
     * a school's name, not by "sent to students and schools".
     */
    static boolean namesSomethingElse(EvidenceView e, String question) {
        String text = e.getCleanQuote();
        Matcher m = CAPITALISED.matcher(text);
        m.region(Dateline.end(text), text.length());
        String asked = " " + question.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\d]+", " ") + " ";
        while (m.find()) {
            String word = m.group();
            if (!CALENDAR_WORD.matcher(word).matches() && !asked.contains(" " + word.toLowerCase(java.util.Locale.ROOT) + " ")) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern CAPITALISED_RUN = Pattern.compile("\\p{Lu}[\\p{L}'\\-]+(?:\\s+\\p{Lu}[\\p{L}'\\-]+)+");

    /**
     * Names of people in a text: runs of two or more capitalised words whose last word WordNet does
     * not know as a common word ("Erik Saltnes", "Defense Minister Shin Won-seok"), so "National
     * University" and "Skarvik Air" are not people.
     */
    static java.util.List<String> personNames(String text) {
        java.util.List<String> names = new java.util.ArrayList<>();
        Matcher m = CAPITALISED_RUN.matcher(text);
        WordNet wordNet = WordNet.shared();
        while (m.find()) {
            if (m.group().equals(m.group().toUpperCase(java.util.Locale.ROOT))) {
                continue; // a dateline in capitals ("PORT HALDEN, Kessland, Nov 5"), not a person
            }
            String[] parts = m.group().split("\\s+");
            String last = parts[parts.length - 1];
            String[] pieces = last.split("-");
            String surname = pieces[pieces.length - 1].replaceAll("['\u2019]s$", "");
            if (!wordNet.isCommonWord(surname) && !wordNet.isPlace(surname)) {
                names.add(m.group());
            }
        }
        return names;
    }

    /**
     * Whether a sentence names a place as a place, not only through an adjective that describes
     * something else: "under Norwegian law" and "the Ukrainian city" do not say where; "in Norway"
     * does. (When no name of the place is written out, the actor was recognised some other way: it counts.)
     */
    static boolean namedAsPlace(ActorView place, String text) {
        WordNet wordNet = WordNet.shared();
        boolean onlyDescribing = false;
        for (String name : concat(place.getName(), place.getAliases())) {
            boolean adjective = wordNet.isAdjective(name.toLowerCase(java.util.Locale.ROOT));
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                int end = at + name.length();
                if (at > 0 && Character.isLetter(text.charAt(at - 1)) || end < text.length() && Character.isLetter(text.charAt(end))) {
                    continue; // inside another word
                }
                boolean beforeNoun = end + 1 < text.length() && text.charAt(end) == ' ' && Character.isLowerCase(text.charAt(end + 1));
                if (!adjective || !beforeNoun) {
                    return true;
                }
                onlyDescribing = true;
            }
        }
        return !onlyDescribing;
    }

    private static java.util.List<String> concat(String first, java.util.List<String> rest) {
        java.util.List<String> all = new java.util.ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }

    /** Whether a name's last word makes it a building, a site or a facility: "Magistrates' Court", "Harbour Terminal". */
    private static boolean venue(String head) {
        WordNet wordNet = WordNet.shared();
        return wordNet.isKindOf(head, "structure", 2) || wordNet.isKindOf(head, "facility", 2) || wordNet.isKindOf(head, "location", 2);
    }

    private static boolean mentionsPlace(EvidenceView e, String text, java.util.List<ActorView> named) {
        for (ActorView a : e.getActors()) {
            if (!named.contains(a) && (a.getKind() == ActorKind.COUNTRY || a.getKind() == ActorKind.PLACE) && namedAsPlace(a, text)) {
                return true;
            }
        }
        Matcher at = PLACE_AFTER_PREPOSITION.matcher(text);
        while (at.find()) {
            String name = at.group(2);
            boolean namedAlready = named.stream().anyMatch(a -> a.getName().contains(name) || a.getAliases().contains(name));
            String last = name.substring(name.lastIndexOf(' ') + 1).replaceAll("['\u2019]s?$", "").toLowerCase(java.util.Locale.ROOT);
            boolean unknownOrPlace = !WordNet.shared().knows(last) || WordNet.shared().isPlace(name)
                    || VENUE_PREPOSITIONS.contains(at.group(1)) && name.indexOf(' ') > 0 && venue(last);
            if (!namedAlready && unknownOrPlace && !TIME.matcher(name).matches() && personNames(name).isEmpty()) {
                return true; // "in Port Halden", "to Vasska": a place the dictionary cannot know ("to Russian state media" is none)
            }
        }
        Matcher based = BASED_IN.matcher(text);
        while (based.find()) {
            String name = based.group(1);
            if (named.stream().noneMatch(a -> a.getName().contains(name) || a.getAliases().contains(name))) {
                return true; // "the Bodø-based airline", "Seattle-based": where a body is
            }
        }
        WordNet wordNet = WordNet.shared();
        Matcher kind = NAME_AFTER_KIND.matcher(text);
        while (kind.find()) {
            if (wordNet.isKindOf(kind.group(1), "location", 1)) {
                return true; // "the port city of Sorvik": a place WordNet cannot know, called one
            }
        }
        Matcher m = CAPITALISED.matcher(text);
        while (m.find()) {
            String word = m.group();
            boolean namedAlready = named.stream().anyMatch(a -> a.getName().contains(word) || a.getAliases().contains(word));
            if (!namedAlready && wordNet.isPlace(word)) {
                return true;
            }
        }
        return false;
    }
}
