package ru.portal500.devenv;

import java.time.LocalDate;
import java.time.Month;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo year's dates, computed from the day of the run. A school year runs from 1 September to 31 August and is
 * named, as the portal names it, by the calendar year it ends in (2027 is 2026/27). The last school year's campaign
 * lies wholly in that year, every stage behind; this school year's campaign has its stages placed around the day of
 * the run so that the day falls in its expertise stage: documents were due a week ago, the expertise ends in three
 * weeks, one monitoring date has passed, the mutual expertise and the contest are ahead.
 */
public record DemoCalendar(LocalDate today) {

    /**
     * The demo region's day (Саратовская область, «Europe/Saratov», as V15 sets its zone): the day its contests,
     * windows and deadlines count by. Between 20:00 and 24:00 UTC it is a day ahead of UTC's, and a demo seeded with
     * UTC's day then published a call whose entries opened «before» the call.
     */
    public static LocalDate regionToday() {
        return LocalDate.now(java.time.ZoneId.of("Europe/Saratov"));
    }


    /** Days from the end of the documents stage (a week ago) to the end of the expertise (three weeks ahead). */
    static final int DOCUMENTS_DUE_AGO = 7;
    static final int EXPERTISE_AHEAD = 21;

    public DemoCalendar {
        if (today == null) {
            throw new IllegalArgumentException("today");
        }
    }

    /** The school year the day falls in, by the year it ends in: from September on, the next calendar year. */
    public int thisYear() {
        return today.getMonthValue() >= Month.SEPTEMBER.getValue() ? today.getYear() + 1 : today.getYear();
    }

    /** The school year before it. */
    public int lastYear() {
        return thisYear() - 1;
    }

    /** "2026/27" for 2027. */
    public static String label(int year) {
        return (year - 1) + "/" + String.format("%02d", year % 100);
    }

    /** The last school year's campaign, in its own year as the seeds date the cycle; every date lies before today. */
    public Map<String, Object> lastSchedule() {
        int y = lastYear();
        Map<String, Object> dates = new LinkedHashMap<>();
        dates.put("identificationUntil", LocalDate.of(y - 1, 11, 30));
        dates.put("setupUntil", LocalDate.of(y - 1, 12, 25));
        dates.put("diagnosticsUntil", LocalDate.of(y, 2, 28));
        dates.put("documentsDue", LocalDate.of(y, 4, 30));
        dates.put("expertiseUntil", LocalDate.of(y, 6, 30));
        dates.put("mutualExpertiseUntil", LocalDate.of(y, 8, 20));
        dates.put("contestUntil", LocalDate.of(y, 8, 25));
        dates.put("monitoringDates", List.of(LocalDate.of(y - 1, 12, 29), LocalDate.of(y, 5, 31)));
        return dates;
    }

    /** This school year's campaign: the day of the run falls in its expertise stage. */
    public Map<String, Object> thisSchedule() {
        Map<String, Object> dates = new LinkedHashMap<>();
        dates.put("identificationUntil", today.minusDays(70));
        dates.put("setupUntil", today.minusDays(56));
        dates.put("diagnosticsUntil", today.minusDays(35));
        dates.put("documentsDue", documentsDue());
        dates.put("expertiseUntil", expertiseUntil());
        dates.put("mutualExpertiseUntil", today.plusDays(49));
        dates.put("contestUntil", today.plusDays(77));
        dates.put("monitoringDates", List.of(passedMonitoringDate(), today.plusDays(90)));
        return dates;
    }

    /** This campaign's monitoring date that has passed (its window locked a fortnight ago). */
    public LocalDate passedMonitoringDate() {
        return today.minusDays(14);
    }

    /** A day as plan tables write it: 30.04.2027. */
    public static String day(LocalDate date) {
        return java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy").format(date);
    }

    public LocalDate documentsDue() {
        return today.minusDays(DOCUMENTS_DUE_AGO);
    }

    public LocalDate expertiseUntil() {
        return today.plusDays(EXPERTISE_AHEAD);
    }

    /** When the reviews of this year's rounds are due: two weeks from the run, inside the expertise stage. */
    public LocalDate reviewsDue() {
        return today.plusDays(14);
    }

    /**
     * This year's contest of methodological cases (seed 000 runs it in October–November; here its stages follow the day
     * of the run): entries open on the day of the run (its first entries are in) and close four weeks later, the
     * eligibility check a week after, the jury three weeks more, the results on the campaign's last contest day
     * ({@code contestUntil}).
     */
    public Map<String, Object> contestStages() {
        return openCallStages();
    }

    /**
     * Seed 000's contest as the run finds it in its judging (the seed runs it in October–November): the call
     * published two months before the run, entries closed ten days before it, the eligibility check done three days
     * before, the jury's due date two weeks after the run, the results a week later.
     */
    public Map<String, Object> judgedContestStages() {
        Map<String, Object> days = new LinkedHashMap<>();
        days.put("callPublished", today.minusDays(60));
        days.put("entriesOpen", today.minusDays(55));
        days.put("entriesClose", today.minusDays(10));
        days.put("eligibilityCheck", today.minusDays(3));
        days.put("judging", today.plusDays(14));
        days.put("results", today.plusDays(21));
        return days;
    }

    /**
     * Last school year's edition of seed 000's contest, as its stages are shown once it is judged: the call announced
     * in the second half of September, entries taken in October, the eligibility check until 10 November, the jury
     * until 25 November and the results on 30 November ("Октябрь-ноябрь", as the seed runs it) — every day in that
     * school year and long behind the run. The seeding takes its entries and its reviews on the day of the run (the
     * portal takes neither outside their stages), so the days are set to these once the jury has scored.
     */
    public Map<String, Object> lastContestStages() {
        int autumn = lastYear() - 1;
        Map<String, Object> days = new LinkedHashMap<>();
        days.put("callPublished", LocalDate.of(autumn, 9, 20));
        days.put("entriesOpen", LocalDate.of(autumn, 10, 1));
        days.put("entriesClose", LocalDate.of(autumn, 10, 31));
        days.put("eligibilityCheck", LocalDate.of(autumn, 11, 10));
        days.put("judging", LocalDate.of(autumn, 11, 25));
        days.put("results", LocalDate.of(autumn, 11, 30));
        return days;
    }

    /** A call taking entries on the day of the run, as {@link #contestStages()} says. */
    private Map<String, Object> openCallStages() {
        Map<String, Object> days = new LinkedHashMap<>();
        days.put("entriesOpen", today);
        days.put("entriesClose", today.plusDays(28));
        days.put("eligibilityCheck", today.plusDays(42));
        days.put("judging", today.plusDays(63));
        days.put("results", today.plusDays(77));
        return days;
    }

    /** When the reviews of last year's round were due: the end of its expertise stage. */
    public LocalDate lastReviewsDue() {
        return LocalDate.of(lastYear(), 6, 30);
    }
}
