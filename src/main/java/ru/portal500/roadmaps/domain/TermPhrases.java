package ru.portal500.roadmaps.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the «сроки» of a roadmap's line as people write them in the seeds' plan tables, within a school year: dates
 * («30.04.2026», «01.09.2025 – 31.05.2026»), «до 30 апреля» (the April of that school year), months and ranges of
 * months («сентябрь», «февраль–декабрь 2023»), quarters («II квартал 2026», «IV квартал»), «в течение учебного
 * года» (1 September to 31 August). What it reads is shown back to be confirmed, never applied unseen. What is not
 * one unambiguous term is refused with the reason: «в течение года» (calendar or school year?), «ежемесячно» (a
 * recurring measure: one line per date, or the period it runs), an impossible date («31.02.2026»), anything else.
 */
public final class TermPhrases {

    /** What a phrase was read as: a term, or a refusal with its message key and arguments. */
    public sealed interface Reading {
    }

    /** The phrase read as a term, to be shown back for confirmation. */
    public record Read(Term term) implements Reading {
    }

    /** The phrase is not one unambiguous term: why, as a message key with its arguments. */
    public record Refused(String key, List<Object> arguments) implements Reading {
    }

    private static final Map<String, Month> MONTHS = Map.ofEntries(
            Map.entry("январ", Month.JANUARY), Map.entry("феврал", Month.FEBRUARY), Map.entry("март", Month.MARCH),
            Map.entry("апрел", Month.APRIL), Map.entry("ма", Month.MAY), Map.entry("июн", Month.JUNE),
            Map.entry("июл", Month.JULY), Map.entry("август", Month.AUGUST), Map.entry("сентябр", Month.SEPTEMBER),
            Map.entry("октябр", Month.OCTOBER), Map.entry("ноябр", Month.NOVEMBER), Map.entry("декабр", Month.DECEMBER));
    private static final String MONTH = "(январ[ьяе]|феврал[ьяе]|март[ае]?|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]"
            + "|август[ае]?|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе])";
    private static final String DASH = "\\s*(?:-|–|—|по)\\s*";
    private static final String YEAR = "(?:\\s+(20\\d\\d)(?:\\s*г(?:ода|\\.)?)?)?";
    private static final Pattern DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})");
    private static final Pattern DATES = Pattern.compile("(?:с\\s+)?" + DATE.pattern() + "(?:" + DASH + DATE.pattern()
            + ")?(?:\\s*г(?:ода|\\.)?)?");
    private static final Pattern UNTIL = Pattern.compile("(?:до|не позднее)\\s+(\\d{1,2})\\s+" + MONTH + YEAR);
    private static final Pattern MONTHS_RANGE = Pattern.compile(MONTH + YEAR + "(?:" + DASH + MONTH + YEAR + ")?");
    private static final Pattern QUARTER = Pattern.compile("(i{1,3}|iv|[1-4])\\s*(?:-?й\\s*)?квартал[а-я]*" + YEAR);
    private static final Pattern SCHOOL_YEAR = Pattern.compile("в течение (?:всего )?(?:\\d{4}[/–-]\\d{2,4} )?учебного года");
    private static final Pattern VAGUE_YEAR = Pattern.compile("в течение (?:всего )?(?:года|периода)");
    private static final Pattern RECURRING = Pattern.compile("ежедневно|еженедельно|ежемесячно|ежеквартально|"
            + "ежегодно|постоянно|систематически|по мере необходимости|регулярно|в течение месяца.*");

    private TermPhrases() {
    }

    /**
     * Reads the phrase within the school year ending in {@code schoolYear} (2026: September 2025 to August 2026): a
     * month without a year is the one of that school year.
     */
    public static Reading read(String phrase, int schoolYear) {
        String text = phrase == null ? "" : phrase.strip().toLowerCase(Locale.ROOT).replace('ё', 'е')
                .replaceAll("\\s+", " ").replaceAll("[.;,]$", "");
        if (text.isEmpty()) {
            return refused("roadmaps.term.empty");
        }
        try {
            Matcher m;
            if ((m = DATES.matcher(text)).matches()) {
                LocalDate first = date(m.group(1), m.group(2), m.group(3));
                return m.group(4) == null ? new Read(Term.due(first))
                        : new Read(new Term(first, date(m.group(4), m.group(5), m.group(6))));
            }
            if ((m = UNTIL.matcher(text)).matches()) {
                Month month = month(m.group(2));
                int year = m.group(3) != null ? Integer.parseInt(m.group(3)) : yearOf(month, schoolYear);
                return new Read(Term.due(LocalDate.of(year, month, Integer.parseInt(m.group(1)))));
            }
            if ((m = MONTHS_RANGE.matcher(text)).matches()) {
                return new Read(months(m, schoolYear));
            }
            if ((m = QUARTER.matcher(text)).matches()) {
                return new Read(quarter(m.group(1), m.group(2), schoolYear));
            }
            if (SCHOOL_YEAR.matcher(text).matches()) {
                return new Read(new Term(LocalDate.of(schoolYear - 1, Month.SEPTEMBER, 1),
                        LocalDate.of(schoolYear, Month.AUGUST, 31)));
            }
        } catch (DateTimeException | RoadmapRuleException e) {
            return e instanceof RoadmapRuleException r ? new Refused(r.messageKey(), List.of(r.arguments()))
                    : refused("roadmaps.term.noSuchDate", phrase.strip());
        }
        if (VAGUE_YEAR.matcher(text).matches()) {
            return refused("roadmaps.term.whichYear", phrase.strip());
        }
        if (RECURRING.matcher(text).matches()) {
            return refused("roadmaps.term.recurring", phrase.strip());
        }
        return refused("roadmaps.term.unread", phrase.strip());
    }

    private static Term months(Matcher m, int schoolYear) {
        Month first = month(m.group(1));
        Month last = m.group(3) == null ? first : month(m.group(3));
        Integer lastYear = m.group(4) != null ? Integer.valueOf(m.group(4)) : null;
        Integer firstYear = m.group(2) != null ? Integer.valueOf(m.group(2)) : null;
        if (firstYear == null && lastYear != null) {
            firstYear = first.getValue() <= last.getValue() ? lastYear : lastYear - 1;
        }
        if (firstYear == null) {
            firstYear = yearOf(first, schoolYear);
        }
        if (lastYear == null) {
            lastYear = m.group(3) == null ? firstYear
                    : first.getValue() <= last.getValue() ? firstYear : firstYear + 1;
        }
        return new Term(LocalDate.of(firstYear, first, 1), YearMonth.of(lastYear, last).atEndOfMonth());
    }

    private static Term quarter(String numeral, String year, int schoolYear) {
        int q = switch (numeral) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            default -> 4;
        };
        Month first = Month.of(3 * q - 2);
        int y = year != null ? Integer.parseInt(year) : q == 4 ? schoolYear - 1 : schoolYear;
        return new Term(LocalDate.of(y, first, 1), YearMonth.of(y, first.plus(2)).atEndOfMonth());
    }

    /** The calendar year of a month in the school year: September to December in the first, the rest in the second. */
    static int yearOf(Month month, int schoolYear) {
        return month.getValue() >= Month.SEPTEMBER.getValue() ? schoolYear - 1 : schoolYear;
    }

    private static Month month(String word) {
        for (int length = Math.min(7, word.length()); length >= 2; length--) {
            Month month = MONTHS.get(word.substring(0, length));
            if (month != null) {
                return month;
            }
        }
        throw new IllegalArgumentException("not a month: " + word);
    }

    private static LocalDate date(String day, String month, String year) {
        int y = Integer.parseInt(year);
        return LocalDate.of(year.length() == 2 ? 2000 + y : y, Integer.parseInt(month), Integer.parseInt(day));
    }

    private static Refused refused(String key, Object... arguments) {
        return new Refused(key, List.of(arguments));
    }
}
