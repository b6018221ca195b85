package ru.portal500.contests.api;

import ru.portal500.contests.domain.ContestSettings;
import ru.portal500.contests.domain.ContestStages;
import ru.portal500.contests.domain.EntryField;
import ru.portal500.contests.domain.TieBreakSteps;
import ru.portal500.shared.domain.InvalidRequestException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The JSON bodies the contests API reads. */
public final class ContestRequests {

    private ContestRequests() {
    }

    /**
     * A contest's settings; what is left out keeps its value (a new contest's defaults when creating):
     * {@code {"title", "description", "openToCampaign", "openToRegion", "openToTeachers", "teamMin", "teamMax",
     * "requiredFields": ["PROBLEM"], "requiredFiles": ["…"], "minEntries", "blind", "reviewsPerEntry",
     * "divergencePoints", "tieBreak": ["TOTAL", "CRITERION:K3", "EARLIER_SUBMISSION"], "normalisedRanking",
     * "version"}}.
     */
    public static class SettingsRequest {
        public String region;
        public Integer schoolYear;
        public String title;
        public String description;
        public Boolean openToCampaign;
        public Boolean openToRegion;
        public Boolean openToTeachers;
        public Integer teamMin;
        public Integer teamMax;
        public List<String> requiredFields;
        public List<String> requiredFiles;
        public Integer minEntries;
        public Boolean blind;
        public Integer reviewsPerEntry;
        public Integer divergencePoints;
        public List<String> tieBreak;
        public Boolean normalisedRanking;
        public Long version;

        ContestSettings over(ContestSettings base) {
            return new ContestSettings(title == null ? base.title() : title,
                    description == null ? base.description() : description,
                    or(openToCampaign, base.openToCampaign()), or(openToRegion, base.openToRegion()),
                    or(openToTeachers, base.openToTeachers()), or(teamMin, base.teamMin()), or(teamMax, base.teamMax()),
                    requiredFields == null ? base.requiredFields() : fields(requiredFields),
                    requiredFiles == null ? base.requiredFiles() : requiredFiles, or(minEntries, base.minEntries()),
                    or(blind, base.blind()), or(reviewsPerEntry, base.reviewsPerEntry()),
                    or(divergencePoints, base.divergencePoints()),
                    tieBreak == null ? base.tieBreak() : new TieBreakSteps(tieBreak),
                    or(normalisedRanking, base.normalisedRanking()));
        }

        private static <T> T or(T value, T otherwise) {
            return value == null ? otherwise : value;
        }

        private static Set<EntryField> fields(List<String> codes) {
            Set<EntryField> fields = EnumSet.noneOf(EntryField.class);
            for (String code : codes) {
                try {
                    fields.add(EntryField.valueOf(String.valueOf(code).strip()));
                } catch (IllegalArgumentException e) {
                    throw new InvalidRequestException("contests.error.field", String.valueOf(code));
                }
            }
            return fields;
        }
    }

    /** The stages' days, ISO ({@code "2026-10-01"}), each optional in a draft, with the version read. */
    public static class StagesRequest {
        public String callPublished;
        public String entriesOpen;
        public String entriesClose;
        public String eligibilityCheck;
        public String judging;
        public String results;
        public Long version;

        ContestStages stages() {
            return new ContestStages(day(callPublished), day(entriesOpen), day(entriesClose), day(eligibilityCheck),
                    day(judging), day(results));
        }

        private static LocalDate day(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                throw new InvalidRequestException("contests.error.date", text);
            }
        }
    }

    /** {@code {"title", "checklist": 12 or null, "version"}}. */
    public static class NominationRequest {
        public String title;
        public Long checklist;
        public Long version;
    }

    /** {@code {"into": 12 or absent (cancel), "reason", "version"}}. */
    public static class ClosureRequest {
        public Long into;
        public String reason;
        public Long version;
    }

    /** {@code {"version"}}. */
    public static class VersionRequest {
        public Long version;
    }

    static <T> T required(T body) {
        if (body == null) {
            throw new InvalidRequestException("contests.error.body");
        }
        return body;
    }

    static long version(Long version) {
        return version == null ? -1 : version;
    }
}
