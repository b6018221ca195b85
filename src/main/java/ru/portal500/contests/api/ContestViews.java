package ru.portal500.contests.api;

import ru.portal500.contests.domain.Contest;
import ru.portal500.contests.domain.ContestStages;
import ru.portal500.contests.domain.Nomination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The contests API's JSON shapes. */
public final class ContestViews {

    private ContestViews() {
    }

    /** The regulations' file name, or null while none is attached. */
    static String regulationsOf(Contest c) {
        return c.regulations().map(ru.portal500.contests.domain.Regulations::fileName).orElse(null);
    }

    public record Stages(LocalDate callPublished, LocalDate entriesOpen, LocalDate entriesClose,
                         LocalDate eligibilityCheck, LocalDate judging, LocalDate results) {
        static Stages of(ContestStages s) {
            return new Stages(s.callPublished(), s.entriesOpen(), s.entriesClose(), s.eligibilityCheck(), s.judging(),
                    s.results());
        }
    }

    public record Audience(boolean campaignSchools, boolean regionSchools, boolean teachers) {
        static Audience of(Contest c) {
            return new Audience(c.isOpenToCampaign(), c.isOpenToRegion(), c.isOpenToTeachers());
        }
    }

    /** A nomination; a closed one says what became of it (MERGED into the nomination named, or CANCELLED) and why. */
    public record NominationView(long id, int position, String title, Long checklist, Integer checklistVersion,
                                 String checklistTitle, String closure, Long mergedInto, String closedReason) {
        static NominationView of(Nomination n) {
            return new NominationView(n.getId(), n.getPosition(), n.getTitle(),
                    n.getChecklist() == null ? null : n.getChecklist().getId(),
                    n.getChecklist() == null ? null : n.getChecklist().getNumber(),
                    n.getChecklist() == null ? null : n.getChecklist().getTitle(),
                    n.getClosure().map(Enum::name).orElse(null), n.getMergedInto().map(Nomination::getId).orElse(null),
                    n.getClosedReason());
        }
    }

    /** A contest as its organisers see it. */
    public record ContestView(long id, String region, int schoolYear, String title, String description,
                              String regulations, Audience audience, int teamMin, int teamMax, List<String> requiredFields,
                              List<String> requiredFiles, int minEntries, boolean blind, int reviewsPerEntry,
                              int divergencePoints, List<String> tieBreak, boolean normalisedRanking, Stages stages,
                              Instant entriesCloseAt, String timeZone, String state, List<NominationView> nominations,
                              long version) {
        static ContestView of(Contest c) {
            return new ContestView(c.getId(), c.getRegion().getCode(), c.getSchoolYear(), c.getTitle(),
                    c.getDescription(), regulationsOf(c), Audience.of(c), c.getTeamMin(), c.getTeamMax(),
                    c.getRequiredFields().stream().map(Enum::name).toList(), c.getRequiredFiles(), c.getMinEntries(),
                    c.isBlind(), c.getReviewsPerEntry(), c.getDivergencePoints(), c.getTieBreak().codes(),
                    c.isNormalisedRanking(), Stages.of(c.stages()), c.stages().entriesCloseAt(c.getRegion().getTimeZone()),
                    c.getRegion().getTimeZone().getId(), c.getState().name(),
                    c.getNominations().stream().map(NominationView::of).toList(), c.getVersion());
        }
    }

    /** A nomination as everyone reads it; a closed one with what became of it and why. */
    public record PublicNomination(long id, String title, String closure, String mergedInto, String closedReason) {
        static PublicNomination of(Nomination n) {
            return new PublicNomination(n.getId(), n.getTitle(), n.getClosure().map(Enum::name).orElse(null),
                    n.getMergedInto().map(Nomination::getTitle).orElse(null), n.getClosedReason());
        }
    }

    /** A published call as everyone reads it: its rules, nominations and stages in the region's calendar. */
    public record PublicContest(long id, String region, String regionName, int schoolYear, String title,
                                String description, String regulations, Audience audience, int teamMin, int teamMax,
                                List<String> requiredFields, List<String> requiredFiles, int minEntries, boolean blind,
                                Stages stages, Instant entriesCloseAt, String timeZone, String state,
                                List<PublicNomination> nominations, String protocolSha256) {
        static PublicContest of(Contest c) {
            return new PublicContest(c.getId(), c.getRegion().getCode(), c.getRegion().getName(), c.getSchoolYear(),
                    c.getTitle(), c.getDescription(), regulationsOf(c), Audience.of(c), c.getTeamMin(), c.getTeamMax(),
                    c.getRequiredFields().stream().map(Enum::name).toList(), c.getRequiredFiles(), c.getMinEntries(),
                    c.isBlind(), Stages.of(c.stages()), c.stages().entriesCloseAt(c.getRegion().getTimeZone()),
                    c.getRegion().getTimeZone().getId(), c.getState().name(),
                    c.getNominations().stream().map(PublicNomination::of).toList(),
                    c.getProtocolSha256());
        }
    }
}
