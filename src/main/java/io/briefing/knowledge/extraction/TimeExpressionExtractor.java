package io.briefing.knowledge.extraction;

import io.briefing.knowledge.TimeExpressionKind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds time expressions in English news text ("last September", "on Monday", "for 15 years",
 * "1948") and resolves them against the article's publication date. Pure Java, no state: one
 * instance can be shared by every thread.
 *
 * <p>Conventions, chosen for news reporting and documented so a reader can check a value:
 * a weekday without "next"/"this" is the latest such day on or before publication (reports look
 * back: "told reporters on Monday"); "last September" is the latest September before the
 * publication month; a month or day-and-month without a year takes the year that puts it nearest
 * the publication date (ties go to the past); seasons are meteorological and northern (winter is
 * December to February); "the previous year" counts from the last year named earlier in the same
 * text. Scraped text often fuses words ("last SeptemberVietnam", "expressLast winter"), so a
 * lower-case letter followed by a capital counts as a word boundary.
 */
public final class TimeExpressionExtractor {

    private static final List<String> MONTH_NAMES = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");
    private static final List<String> WEEKDAY_NAMES = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
    private static final String MONTH = "(?-i:(" + String.join("|", MONTH_NAMES) + "))";
    private static final String WEEKDAY = "(" + String.join("|", WEEKDAY_NAMES).toLowerCase(Locale.ROOT) + ")";
    private static final String NUMBER = "(\\d{1,3}(?:\\.\\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";
    private static final String UNIT = "(minute|hour|day|week|month|year|decade)s?";
    private static final String ORDINAL = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String SEASON = "(winter|spring|summer|autumn|fall)";
    private static final String YEAR = "(1[5-9]\\d\\d|20\\d\\d)";

    private static final Map<String, Integer> WORD_NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90));

    /** A period on the calendar: an ISO value and the first and last day it covers. */
    record Period(String value, LocalDate earliest, LocalDate latest) {

        static Period day(LocalDate d) {
            return new Period(d.toString(), d, d);
        }

        static Period month(YearMonth m) {
            return new Period(m.toString(), m.atDay(1), m.atEndOfMonth());
        }

        static Period year(int y) {
            return new Period(String.format(Locale.ROOT, "%04d", y), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
        }

        static Period week(LocalDate anyDay) {
            LocalDate monday = anyDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return new Period(String.format(Locale.ROOT, "%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                    monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)), monday, monday.plusDays(6));
        }

        static Period days(LocalDate from, LocalDate to) {
            return from.equals(to) ? day(from) : new Period(from + "/" + to, from, to);
        }

        static Period months(YearMonth from, YearMonth to) {
            return new Period(from + "/" + to, from.atDay(1), to.atEndOfMonth());
        }
    }

    /** What a rule makes of a match: the kind and, given the publication date (may be null), a period or duration. */
    private record Reading(TimeExpressionKind kind, Period period, String duration) {
    }

    /** A figure and its noun right before a time: "2 million pounds" in "2 million pounds a week". */
    private static final Pattern RATE_BEFORE = Pattern.compile("\\d[\\d,.]*(?:\\s+(?:thousand|million|billion))?\\s+\\p{L}+\\s+$");
    /** How far before a time the figure and noun of a rate are looked for (in characters). */
    private static final int RATE_REACH = 60;
    /** "a week", "an hour": one unit with nothing before it, which after a figure and its noun is a rate. */
    private static final Pattern A_UNIT = Pattern.compile("(?i)an?\\s+\\p{L}+");

    private record Rule(Pattern pattern, Resolver resolver) {
    }

    @FunctionalInterface
    private interface Resolver {
        /** @param reference publication date or null; @param year the last year named earlier in the text, or null */
        Reading read(Matcher m, LocalDate reference, Integer year);
    }

    private static final List<Rule> RULES = List.of(
            rule("(\\d{4})-(\\d{2})-(\\d{2})", (m, ref, y) -> date(Period.day(
                    LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))))),
            rule(MONTH + "\\s+" + ORDINAL + "(?:,\\s*|\\s+)" + YEAR, (m, ref, y) -> date(Period.day(
                    LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)))))),
            rule(ORDINAL + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR, (m, ref, y) -> date(Period.day(
                    LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)))))),
            rule(MONTH + "\\s+" + ORDINAL, (m, ref, y) -> date(ref == null ? null
                    : Period.day(nearestDay(ref, month(m.group(1)), Integer.parseInt(m.group(2)))))),
            rule(ORDINAL + "\\s+(?:of\\s+)?" + MONTH, (m, ref, y) -> date(ref == null ? null
                    : Period.day(nearestDay(ref, month(m.group(2)), Integer.parseInt(m.group(1)))))),
            rule("(?:(?:early|mid|late)[- ])?" + MONTH + ",?\\s+(?:of\\s+)?" + YEAR, (m, ref, y) -> date(Period.month(
                    YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1)))))),
            rule(SEASON + "\\s+(?:of\\s+)?" + YEAR, (m, ref, y) -> date(season(m.group(1), Integer.parseInt(m.group(2))))),
            rule("(last|next|this)\\s+" + MONTH, (m, ref, y) -> relative(ref == null ? null
                    : Period.month(relativeMonth(ref, m.group(1).toLowerCase(Locale.ROOT), month(m.group(2)))))),
            rule("(?:(early|late|earlier|later)\\s+)?(last|next|this)\\s+(week|month|year|" + SEASON.substring(1),
                    (m, ref, y) -> relative(ref == null ? null : relativePeriod(ref, lower(m.group(1)), lower(m.group(2)), lower(m.group(3))))),
            rule("(?:(?:early|late)\\s+)?(?:on\\s+)?(?:(last|next|this)\\s+)?" + WEEKDAY + "(?:\\s+(?:morning|afternoon|evening|night))?",
                    (m, ref, y) -> relative(ref == null ? null : Period.day(weekday(ref, lower(m.group(1)), lower(m.group(2)))))),
            rule("(today|tonight|yesterday|tomorrow|this morning|this afternoon|this evening|last night)",
                    (m, ref, y) -> relative(ref == null ? null : Period.day(switch (lower(m.group(1))) {
                        case "yesterday", "last night" -> ref.minusDays(1);
                        case "tomorrow" -> ref.plusDays(1);
                        default -> ref;
                    }))),
            rule(NUMBER + "\\s+" + UNIT + "\\s+ago", (m, ref, y) -> relative(ref == null ? null
                    : ago(ref, number(m.group(1)), lower(m.group(2))))),
            rule("(?:(?:in|for|within|after|during|over)\\s+)?(?:the\\s+(?:past|last|next)\\s+)?"
                    + "(?:(?:more than|less than|nearly|almost|about|around|some|at least|up to|over)\\s+)?" + NUMBER + "\\s+" + UNIT,
                    (m, ref, y) -> duration(m.group(1), lower(m.group(2)))),
            rule("the\\s+(previous|following|same)\\s+year|the\\s+year\\s+(before|after)",
                    (m, ref, y) -> relative(y == null ? null : Period.year(y + switch (lower(m.group(1) != null ? m.group(1) : m.group(2))) {
                        case "previous", "before" -> -1;
                        case "following", "after" -> 1;
                        default -> 0;
                    }))),
            rule(YEAR, (m, ref, y) -> date(Period.year(Integer.parseInt(m.group(1))))),
            // "May" on its own is too often the verb: only after a preposition.
            rule("(?:in|since|until|by|from|during|through)\\s+(?:(?:early|mid|late)[- ])?(?-i:(May))",
                    (m, ref, y) -> date(ref == null ? null : Period.month(nearestMonth(ref, Month.MAY)))),
            // A month on its own must be capitalised ("march" is a verb).
            rule("(?:(?:early|mid|late)[- ])?(?-i:(January|February|March|April|June|July|August|September|October|November|December))",
                    (m, ref, y) -> date(ref == null ? null : Period.month(nearestMonth(ref, month(m.group(1)))))));

    private static Rule rule(String regex, Resolver resolver) {
        return new Rule(compile(regex), resolver);
    }

    private static Pattern compile(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * Every time expression in {@code text}, in order, without overlaps (the longest match wins).
     *
     * @param baseOffset added to every offset, so that a quote's expressions carry article offsets
     * @param reference  the publication date relative expressions are resolved against; null leaves them unresolved
     */
    public List<ExtractedTime> extract(String text, int baseOffset, LocalDate reference) {
        if (text == null || text.isEmpty() || !mayHoldTime(text)) {
            return List.of();
        }
        record Hit(int start, int end, Rule rule, Matcher match) {
        }
        List<Hit> hits = new ArrayList<>();
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(text);
            int from = 0;
            while (from < text.length() && m.find(from)) {
                if (m.end() > m.start() && boundaryBefore(text, m.start()) && boundaryAfter(text, m.end()) && plausible(text, m)) {
                    Matcher copy = rule.pattern().matcher(text);
                    if (copy.find(m.start()) && copy.start() == m.start() && copy.end() == m.end()) {
                        hits.add(new Hit(m.start(), m.end(), rule, copy));
                    }
                }
                from = m.start() + 1;
            }
        }
        hits.sort(Comparator.comparingInt(Hit::start).thenComparing(Comparator.comparingInt((Hit h) -> h.end() - h.start()).reversed()));
        List<ExtractedTime> found = new ArrayList<>();
        int covered = 0;
        Integer lastYear = null;
        for (Hit hit : hits) {
            if (hit.start() < covered) {
                continue;
            }
            Reading reading;
            try {
                reading = hit.rule().resolver().read(hit.match(), reference, lastYear);
            } catch (java.time.DateTimeException impossible) {
                continue; // "February 31, 2024" is not a date: leave it out rather than guess
            }
            if (reading.kind() == TimeExpressionKind.DURATION && A_UNIT.matcher(hit.match().group()).matches()
                    && RATE_BEFORE.matcher(text).region(Math.max(0, hit.start() - RATE_REACH), hit.start()).find()) {
                continue; // "2 million pounds a week", "40 operations a week": a rate, not a length of time
            }
            covered = hit.end();
            Period p = reading.period();
            String value = reading.kind() == TimeExpressionKind.DURATION ? reading.duration() : p == null ? null : p.value();
            found.add(new ExtractedTime(text.substring(hit.start(), hit.end()), baseOffset + hit.start(), baseOffset + hit.end(),
                    reading.kind(), value, p == null ? null : p.earliest(), p == null ? null : p.latest()));
            if (p != null && p.value().length() >= 4 && Character.isDigit(p.value().charAt(0))
                    && p.earliest().getYear() == p.latest().getYear()) {
                lastYear = p.earliest().getYear();
            }
        }
        return List.copyOf(found);
    }

    /**
     * Words at least one of which every rule needs (a figure, a month, a unit such as "day" inside
     * "Monday" or "today", a season, a part of the day): most sentences have none, and are spared the
     * seventeen rules. A long article's ingestion spent a fifth of its time here before this check.
     */
    private static final List<String> TIME_WORDS = java.util.stream.Stream.concat(MONTH_NAMES.stream().map(m -> m.toLowerCase(Locale.ROOT)),
            java.util.stream.Stream.of("day", "week", "month", "year", "hour", "minute", "decade", "night", "tomorrow", "morning",
                    "afternoon", "evening", "winter", "spring", "summer", "autumn", "fall")).toList();

    /**
     * Whether a capitalised word is a month or a weekday, whole or abbreviated as datelines do ("Nov",
     * "Sept."): never the name of anyone or anywhere.
     */
    public static boolean isCalendarWord(String word) {
        String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        return MONTH_NAMES.contains(bare) || WEEKDAY_NAMES.contains(bare) || bare.equals("Sept")
                || bare.length() == 3 && MONTH_NAMES.stream().anyMatch(m -> m.startsWith(bare));
    }

    static boolean mayHoldTime(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String word : TIME_WORDS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    // ---- boundaries ----------------------------------------------------------------------------

    /** A word boundary, or a fused one: "expressLast" starts a word at the capital L. */
    static boolean boundaryBefore(String text, int i) {
        if (i == 0) {
            return true;
        }
        char previous = text.charAt(i - 1);
        char first = text.charAt(i);
        return !Character.isLetterOrDigit(previous) || (Character.isLowerCase(previous) && Character.isUpperCase(first));
    }

    /** A word boundary, or a fused one: "SeptemberVietnam" ends a word before the capital V. */
    static boolean boundaryAfter(String text, int end) {
        if (end == text.length()) {
            return true;
        }
        char next = text.charAt(end);
        char last = text.charAt(end - 1);
        return !Character.isLetterOrDigit(next) || ((Character.isLowerCase(last) || Character.isDigit(last)) && Character.isUpperCase(next));
    }

    /** Rejects four-digit figures that are not years: "$2023", "2,024", "1990.5", "2000 containers". */
    private static boolean plausible(String text, Matcher m) {
        String matched = m.group();
        if (!matched.matches("\\d{4}")) {
            return true;
        }
        int s = m.start();
        int e = m.end();
        if (s > 0 && "$€£,.".indexOf(text.charAt(s - 1)) >= 0) {
            return false;
        }
        if (e < text.length() && (text.charAt(e) == '%' || (e + 1 < text.length() && (text.charAt(e) == ',' || text.charAt(e) == '.')
                && Character.isDigit(text.charAt(e + 1))))) {
            return false;
        }
        return !text.substring(e).matches("(?s)\\s+(?:people|troops|soldiers|containers|shells|missiles|tons|tonnes|units|times|km|miles|dollars|rounds)\\b.*");
    }

    // ---- readings ------------------------------------------------------------------------------

    private static Reading date(Period p) {
        return new Reading(TimeExpressionKind.DATE, p, null);
    }

    private static Reading relative(Period p) {
        return new Reading(TimeExpressionKind.RELATIVE, p, null);
    }

    private static Reading duration(String number, String unit) {
        double n = number(number);
        String amount = n == Math.rint(n) ? Long.toString((long) n) : Double.toString(n);
        String iso = switch (unit) {
            case "minute" -> "PT" + amount + "M";
            case "hour" -> "PT" + amount + "H";
            case "day" -> "P" + amount + "D";
            case "week" -> "P" + amount + "W";
            case "month" -> "P" + amount + "M";
            case "decade" -> "P" + (n * 10 == Math.rint(n * 10) ? Long.toString((long) (n * 10)) : Double.toString(n * 10)) + "Y";
            default -> "P" + amount + "Y";
        };
        return new Reading(TimeExpressionKind.DURATION, null, iso);
    }

    private static double number(String word) {
        Integer n = WORD_NUMBERS.get(word.toLowerCase(Locale.ROOT));
        return n != null ? n : Double.parseDouble(word);
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private static Month month(String name) {
        return Month.valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** "Nine months ago" is a month, "three days ago" a day: the unit sets the precision. */
    private static Period ago(LocalDate ref, double amount, String unit) {
        long n = Math.round(amount);
        return switch (unit) {
            case "minute", "hour" -> Period.day(ref);
            case "day" -> Period.day(ref.minusDays(n));
            case "week" -> Period.week(ref.minusWeeks(n));
            case "month" -> Period.month(YearMonth.from(ref).minusMonths(n));
            case "decade" -> Period.year(ref.getYear() - (int) (10 * n));
            default -> Period.year(ref.getYear() - (int) n);
        };
    }

    /** Last: the latest such month before the publication month; next: the first after it; this: in its year. */
    private static YearMonth relativeMonth(LocalDate ref, String which, Month month) {
        YearMonth now = YearMonth.from(ref);
        YearMonth sameYear = YearMonth.of(ref.getYear(), month);
        return switch (which) {
            case "last" -> sameYear.isBefore(now) ? sameYear : sameYear.minusYears(1);
            case "next" -> sameYear.isAfter(now) ? sameYear : sameYear.plusYears(1);
            default -> sameYear;
        };
    }

    private static Period relativePeriod(LocalDate ref, String part, String which, String unit) {
        int shift = switch (which) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        if (shift == 0 && ("later".equals(part) || "earlier".equals(part)) && !isSeason(unit)) {
            // "later this week": the rest of the week after publication; "earlier this week": before it.
            LocalDate first = switch (unit) {
                case "week" -> ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                case "month" -> ref.withDayOfMonth(1);
                default -> ref.withDayOfYear(1);
            };
            LocalDate last = switch (unit) {
                case "week" -> first.plusDays(6);
                case "month" -> ref.with(TemporalAdjusters.lastDayOfMonth());
                default -> ref.with(TemporalAdjusters.lastDayOfYear());
            };
            if ("later".equals(part) && ref.isBefore(last)) {
                return Period.days(ref.plusDays(1), last);
            }
            if ("earlier".equals(part) && ref.isAfter(first)) {
                return Period.days(first, ref.minusDays(1));
            }
        }
        return switch (unit) {
            case "week" -> Period.week(ref.plusWeeks(shift));
            case "month" -> Period.month(YearMonth.from(ref).plusMonths(shift));
            case "year" -> Period.year(ref.getYear() + shift);
            default -> relativeSeason(ref, unit, shift);
        };
    }

    private static boolean isSeason(String unit) {
        return unit.matches("winter|spring|summer|autumn|fall");
    }

    /** A season by the year of its first month (winter 2023 is December 2023 to February 2024). */
    private static Period season(String name, int year) {
        YearMonth first = YearMonth.of(year, firstMonth(name));
        return Period.months(first, first.plusMonths(2));
    }

    private static Month firstMonth(String season) {
        return switch (season.toLowerCase(Locale.ROOT)) {
            case "winter" -> Month.DECEMBER;
            case "spring" -> Month.MARCH;
            case "summer" -> Month.JUNE;
            default -> Month.SEPTEMBER;
        };
    }

    /** Last: the latest such season over before the publication month; next: the first to start after it; this: the current or coming one. */
    private static Period relativeSeason(LocalDate ref, String name, int shift) {
        YearMonth now = YearMonth.from(ref);
        Month first = firstMonth(name);
        // The instance that contains or follows the publication month.
        YearMonth start = YearMonth.of(ref.getYear() - 1, first);
        while (start.plusMonths(2).isBefore(now)) {
            start = start.plusYears(1);
        }
        boolean current = !start.isAfter(now);
        YearMonth previous = start.minusYears(1);
        YearMonth chosen = switch (shift) {
            case -1 -> previous;
            case 1 -> current ? start.plusYears(1) : start;
            // "this spring" in June is the spring just over; "this winter" in November the coming one.
            default -> current || ChronoUnit.MONTHS.between(now, start) <= ChronoUnit.MONTHS.between(previous.plusMonths(2), now) ? start : previous;
        };
        return Period.months(chosen, chosen.plusMonths(2));
    }

    private static LocalDate weekday(LocalDate ref, String which, String day) {
        DayOfWeek dow = DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT));
        if (which == null) {
            return ref.with(TemporalAdjusters.previousOrSame(dow));
        }
        return switch (which) {
            case "last" -> ref.with(TemporalAdjusters.previous(dow));
            case "next" -> ref.with(TemporalAdjusters.next(dow));
            default -> ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).with(TemporalAdjusters.nextOrSame(dow));
        };
    }

    private static YearMonth nearestMonth(LocalDate ref, Month month) {
        return nearest(ref, y -> YearMonth.of(y, month).atDay(1), YearMonth.of(ref.getYear(), month), YearMonth::plusYears);
    }

    private static LocalDate nearestDay(LocalDate ref, Month month, int day) {
        LocalDate candidate = LocalDate.of(ref.getYear(), month, day); // throws for impossible dates: the caller drops them
        return nearest(ref, y -> LocalDate.of(y, month, Math.min(day, YearMonth.of(y, month).lengthOfMonth())), candidate, LocalDate::plusYears);
    }

    /** Of last year's, this year's and next year's instance, the one nearest the reference date; ties go to the past. */
    private static <T> T nearest(LocalDate ref, Function<Integer, LocalDate> startOf, T thisYear, java.util.function.BiFunction<T, Long, T> plusYears) {
        T best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int shift = -1; shift <= 1; shift++) {
            long distance = Math.abs(ChronoUnit.DAYS.between(ref, startOf.apply(ref.getYear() + shift)));
            if (distance < bestDistance) {
                best = plusYears.apply(thisYear, (long) shift);
                bestDistance = distance;
            }
        }
        return best;
    }
}
