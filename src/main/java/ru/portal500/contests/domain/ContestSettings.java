package ru.portal500.contests.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What an organiser sets for a contest: its title and description, who may enter (the campaign's supported and
 * curator schools, any school of the region, individual teachers), the size of an entry's team, the case form's
 * required fields and files, the minimum of entries a nomination needs, and how it is judged (blind or not,
 * reviews per entry, the spread of totals in points above which an entry's reviews diverge, the tie-break chain,
 * and whether entries are ranked by the jurors' normalised scores — z-scores, shown beside the raw mean, never
 * instead of it — rather than by the raw mean).
 */
public record ContestSettings(String title, String description, boolean openToCampaign, boolean openToRegion,
                              boolean openToTeachers, int teamMin, int teamMax, Set<EntryField> requiredFields,
                              List<String> requiredFiles, int minEntries, boolean blind, int reviewsPerEntry,
                              int divergencePoints, TieBreakSteps tieBreak, boolean normalisedRanking) {

    /** Settings ranking by the raw mean. */
    public ContestSettings(String title, String description, boolean openToCampaign, boolean openToRegion,
                           boolean openToTeachers, int teamMin, int teamMax, Set<EntryField> requiredFields,
                           List<String> requiredFiles, int minEntries, boolean blind, int reviewsPerEntry,
                           int divergencePoints, TieBreakSteps tieBreak) {
        this(title, description, openToCampaign, openToRegion, openToTeachers, teamMin, teamMax, requiredFields,
                requiredFiles, minEntries, blind, reviewsPerEntry, divergencePoints, tieBreak, false);
    }

    public static final int MAX_TITLE = 500;
    public static final int MAX_DESCRIPTION = 10_000;
    public static final int MAX_TEAM = 20;
    public static final int DEFAULT_MIN_ENTRIES = 5;
    public static final int MAX_MIN_ENTRIES = 100;
    public static final int DEFAULT_REVIEWS = 3;
    public static final int MAX_REVIEWS = 10;
    public static final int DEFAULT_DIVERGENCE_POINTS = 20;
    public static final int MAX_DIVERGENCE_POINTS = 100;
    public static final int MAX_FILES = 10;
    public static final int MAX_FILE_NAME = 150;

    /** A new contest's settings: open to the campaign's schools, teams of 1–5, 5 entries, 3 blind reviews. */
    public static ContestSettings defaults(String title) {
        return new ContestSettings(title, null, true, false, false, 1, 5, EnumSet.noneOf(EntryField.class), List.of(),
                DEFAULT_MIN_ENTRIES, true, DEFAULT_REVIEWS, DEFAULT_DIVERGENCE_POINTS, TieBreakSteps.standard());
    }

    public ContestSettings {
        title = title == null ? "" : title.strip();
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            throw new ContestRuleException("contests.error.title", MAX_TITLE);
        }
        description = description == null || description.isBlank() ? null : description.strip();
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw new ContestRuleException("contests.error.description", MAX_DESCRIPTION);
        }
        if (!openToCampaign && !openToRegion && !openToTeachers) {
            throw new ContestRuleException("contests.error.audience");
        }
        if (teamMin < 1 || teamMax > MAX_TEAM || teamMin > teamMax) {
            throw new ContestRuleException("contests.error.team", MAX_TEAM);
        }
        requiredFields = requiredFields == null || requiredFields.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(requiredFields));
        List<String> files = new ArrayList<>();
        for (String file : requiredFiles == null ? List.<String>of() : requiredFiles) {
            String clean = file == null ? "" : file.strip();
            if (clean.isEmpty()) {
                continue;
            }
            if (clean.length() > MAX_FILE_NAME || clean.contains("\n")) {
                throw new ContestRuleException("contests.error.requiredFile", MAX_FILE_NAME);
            }
            files.add(clean);
        }
        if (files.size() > MAX_FILES) {
            throw new ContestRuleException("contests.error.requiredFiles", MAX_FILES);
        }
        requiredFiles = List.copyOf(files);
        if (minEntries < 1 || minEntries > MAX_MIN_ENTRIES) {
            throw new ContestRuleException("contests.error.minEntries", MAX_MIN_ENTRIES);
        }
        if (reviewsPerEntry < 1 || reviewsPerEntry > MAX_REVIEWS) {
            throw new ContestRuleException("contests.error.reviews", MAX_REVIEWS);
        }
        if (divergencePoints < 1 || divergencePoints > MAX_DIVERGENCE_POINTS) {
            throw new ContestRuleException("contests.error.divergence", MAX_DIVERGENCE_POINTS);
        }
        if (tieBreak == null) {
            tieBreak = TieBreakSteps.standard();
        }
    }
}
