package ru.portal500.contests.domain;

/**
 * Who may enter a contest, by its call: a school's team when the contest is open to any school of its region, or
 * to the campaign's schools and the school is one of them (ШНОР, ШССУ or a curator school of the region's campaign
 * of the contest's year); a teacher of a school of the region when it is open to individual teachers.
 */
public final class EntryEligibility {

    private EntryEligibility() {
    }

    /**
     * @param campaignSchool whether the school is a ШНОР, ШССУ or curator school of the region's campaign of the
     *                       contest's school year
     * @throws ContestRuleException naming whom the call is for
     */
    public static void require(ContestSettings call, EntrantKind kind, boolean campaignSchool) {
        boolean invited = switch (kind) {
            case SCHOOL -> call.openToRegion() || call.openToCampaign() && campaignSchool;
            case TEACHER -> call.openToTeachers();
        };
        if (!invited) {
            throw new ContestRuleException(kind == EntrantKind.SCHOOL
                    ? (call.openToCampaign() ? "contests.entry.error.notCampaignSchool"
                    : "contests.entry.error.schoolsNotInvited")
                    : "contests.entry.error.teachersNotInvited");
        }
    }

    /** Whether the call admits such an entrant (see {@link #require}). */
    public static boolean admits(ContestSettings call, EntrantKind kind, boolean campaignSchool) {
        try {
            require(call, kind, campaignSchool);
            return true;
        } catch (ContestRuleException e) {
            return false;
        }
    }
}
