package ru.portal500.contests.domain;

import ru.portal500.practices.domain.EducationLevel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The case form of an entry: its title, the problem it addresses and the risk factors (by their federal numbers),
 * the level of education and the subject, a summary, and links (web addresses). Checked for size here; what the
 * contest requires of it is checked on submission ({@link #missing}).
 */
public record CaseForm(String title, String problem, SortedSet<Integer> riskFactors, EducationLevel level,
                       String subject, String summary, List<String> links) {

    public static final int MAX_TITLE = 500;
    public static final int MAX_TEXT = 10_000;
    public static final int MAX_SUBJECT = 200;
    public static final int MAX_LINKS = 10;
    public static final int MAX_LINK = 1000;
    public static final int MAX_RISK_FACTOR = 99;

    public CaseForm {
        title = clean(title);
        if (title == null || title.length() > MAX_TITLE) {
            throw new ContestRuleException("contests.entry.error.title", MAX_TITLE);
        }
        problem = limited(problem, MAX_TEXT, "contests.entry.error.problem");
        summary = limited(summary, MAX_TEXT, "contests.entry.error.summary");
        subject = limited(subject, MAX_SUBJECT, "contests.entry.error.subject");
        SortedSet<Integer> factors = new TreeSet<>();
        for (Integer factor : riskFactors == null ? Set.<Integer>of() : riskFactors) {
            if (factor == null || factor < 1 || factor > MAX_RISK_FACTOR) {
                throw new ContestRuleException("contests.entry.error.riskFactor", MAX_RISK_FACTOR);
            }
            factors.add(factor);
        }
        riskFactors = Collections.unmodifiableSortedSet(factors);
        List<String> clean = new ArrayList<>();
        for (String link : links == null ? List.<String>of() : links) {
            String one = clean(link);
            if (one == null) {
                continue;
            }
            if (one.length() > MAX_LINK || !isWebAddress(one)) {
                throw new ContestRuleException("contests.entry.error.link",
                        one.length() > 80 ? one.substring(0, 80) + "…" : one);
            }
            clean.add(one);
        }
        if (clean.size() > MAX_LINKS) {
            throw new ContestRuleException("contests.entry.error.links", MAX_LINKS);
        }
        links = List.copyOf(clean);
    }

    /** An empty form with only a title: a new draft. */
    public static CaseForm titled(String title) {
        return new CaseForm(title, null, null, null, null, null, null);
    }

    /**
     * What the contest requires that the form lacks: the summary always, then the fields the contest names (the
     * problem, risk factors, level, subject, links), as {@link EntryField} names ({@code SUMMARY} for the summary).
     */
    public List<String> missing(Set<EntryField> required) {
        List<String> missing = new ArrayList<>();
        if (summary == null) {
            missing.add(SUMMARY);
        }
        Set<EntryField> asked = required.isEmpty() ? EnumSet.noneOf(EntryField.class) : EnumSet.copyOf(required);
        for (EntryField field : asked) {
            boolean empty = switch (field) {
                case PROBLEM -> problem == null;
                case RISK_FACTORS -> riskFactors.isEmpty();
                case LEVEL -> level == null;
                case SUBJECT -> subject == null;
                case LINKS -> links.isEmpty();
            };
            if (empty) {
                missing.add(field.name());
            }
        }
        return missing;
    }

    /** The name {@link #missing} gives the summary, which every entry needs. */
    public static final String SUMMARY = "SUMMARY";

    /** An http(s) address with a host, in any script (a Cyrillic domain such as пример.рф included), no spaces. */
    private static boolean isWebAddress(String link) {
        return WEB_ADDRESS.matcher(link).matches();
    }

    private static final java.util.regex.Pattern WEB_ADDRESS = java.util.regex.Pattern.compile(
            "(?i)https?://[^\\s/?#@]+(?:[/?#]\\S*)?");

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String limited(String text, int max, String key) {
        String clean = clean(text);
        if (clean != null && clean.length() > max) {
            throw new ContestRuleException(key, max);
        }
        return clean;
    }
}
