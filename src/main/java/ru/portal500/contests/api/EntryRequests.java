package ru.portal500.contests.api;

import ru.portal500.contests.domain.CaseForm;
import ru.portal500.contests.domain.ContestRuleException;
import ru.portal500.practices.domain.EducationLevel;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** What the entries' API takes. */
public final class EntryRequests {

    private EntryRequests() {
    }

    /** {@code {"school", "kind": "SCHOOL"|"TEACHER", "nomination", "title"}}: a new draft. */
    public static class OpenRequest {
        public Long school;
        public String kind;
        public Long nomination;
        public String title;
    }

    /** The case form and the nomination, with the version read. */
    public static class FormRequest {
        public Long nomination;
        public String title;
        public String problem;
        public List<Integer> riskFactors;
        public String level;
        public String subject;
        public String summary;
        public List<String> links;
        public Long version;

        CaseForm form() {
            return new CaseForm(title, problem, riskFactors == null ? null : new TreeSet<>(riskFactors),
                    level(level), subject, summary, links);
        }
    }

    /** {@code {"username", "version"}}. */
    public static class AuthorRequest {
        public String username;
        public Long version;
    }

    /** {@code {"agree", "version"}}. */
    public static class ConsentRequest {
        public boolean agree = true;
        public Long version;
    }

    /** {@code {"decision": "ADMIT"|"RETURN"|"REFUSE", "reason", "due", "version"}}. */
    public static class DecisionRequest {
        public String decision;
        public String reason;
        public LocalDate due;
        public Long version;
    }

    static EducationLevel level(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return EducationLevel.valueOf(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ContestRuleException("contests.entry.error.level", code);
        }
    }

    static <T extends Enum<T>> T code(Class<T> type, String code, String key) {
        try {
            return Enum.valueOf(type, String.valueOf(code).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ContestRuleException(key, String.valueOf(code));
        }
    }

    static long id(Long id, String key) {
        if (id == null) {
            throw new ContestRuleException(key, "");
        }
        return id;
    }
}
