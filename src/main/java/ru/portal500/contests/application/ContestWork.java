package ru.portal500.contests.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.contests.domain.ContestEntry;
import ru.portal500.contests.domain.EntryState;
import ru.portal500.contests.infrastructure.EntryRepository;
import ru.portal500.dashboard.application.WorkGroup;
import ru.portal500.dashboard.application.WorkItem;
import ru.portal500.dashboard.application.WorkSource;
import ru.portal500.identity.domain.Caller;
import ru.portal500.identity.domain.ContestGrant;
import ru.portal500.identity.domain.Role;
import ru.portal500.shared.i18n.Texts;
import ru.portal500.tenancy.domain.Scope;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The contests' part of the work list: for a contest's organiser (the region's, or one given the contest) the
 * submitted entries waiting for the eligibility check, due by the check's last day; for an entrant (a school's team,
 * a teacher) the entries returned for completion, due by their deadline, and the drafts not yet submitted, due by
 * the last day of entries.
 */
@ApplicationScoped
public class ContestWork implements WorkSource {

    public static final String TO_CHECK = "contests.toCheck";
    public static final String RETURNED = "contests.returned";
    public static final String DRAFTS = "contests.drafts";
    public static final String TO_SCORE = "contests.toScore";

    @Inject
    EntryRepository entries;

    @Inject
    ru.portal500.contests.infrastructure.JudgingRepository judging;

    @Override
    @Transactional
    public List<WorkGroup> work(Caller caller, Locale locale) {
        List<WorkGroup> groups = new ArrayList<>();
        Set<String> regions = caller.scopesOf(Set.of(Role.CONTEST_ORGANISER)).stream()
                .filter(s -> s.level() == Scope.Level.REGION).map(Scope::region).collect(Collectors.toSet());
        Set<Long> given = caller.getContestGrants().stream().filter(g -> g.role() == Role.CONTEST_ORGANISER)
                .map(ContestGrant::contestId).collect(Collectors.toSet());
        if (!regions.isEmpty() || !given.isEmpty()) {
            groups.add(WorkGroup.of(TO_CHECK, entries.awaitingCheck(regions, given).stream()
                    .map(e -> new WorkItem(e.getTitle(), detail(e, locale), link(e), e.getSubmittedAt().orElse(null),
                            e.getContest().stages().eligibilityCheck())).toList()));
        }
        if (caller.hasAnyRole(Set.of(Role.SCHOOL_TEAM, Role.TEACHER)) && caller.getUsername() != null) {
            List<String> teams = caller.getGrants().stream().filter(g -> g.role() == Role.SCHOOL_TEAM)
                    .filter(g -> g.scope().level() == Scope.Level.SCHOOL).map(g -> g.scope().groupPath()).toList();
            List<ContestEntry> own = entries.ofEntrant(caller.getUsername(), teams).stream()
                    .filter(e -> EntryAccess.speaksFor(caller, e)).toList();
            groups.add(WorkGroup.of(RETURNED, own.stream().filter(e -> e.getState() == EntryState.RETURNED)
                    .map(e -> new WorkItem(e.getTitle(), detail(e, locale), link(e), e.getDecidedAt().orElse(null),
                            e.getCompletionDue().orElse(null))).toList()));
            groups.add(WorkGroup.of(DRAFTS, own.stream().filter(e -> e.getState() == EntryState.DRAFT)
                    .map(e -> new WorkItem(e.getTitle(), detail(e, locale), link(e), e.getCreatedAt(),
                            e.getContest().stages().entriesClose())).toList()));
        }
        if (!caller.contestsJudged().isEmpty() && caller.getUsername() != null) {
            Map<String, List<Long>> judged = caller.getContestGrants().stream()
                    .filter(g -> g.role() == Role.JURY_MEMBER).collect(Collectors.groupingBy(ContestGrant::region,
                            Collectors.mapping(ContestGrant::contestId, Collectors.toList())));
            List<WorkItem> toScore = new ArrayList<>();
            judged.forEach((region, ids) -> judging.reviewsOfJuror(caller.getUsername(), region, ids).stream()
                    .filter(r -> r.getState().isOpen())
                    .forEach(r -> toScore.add(new WorkItem("\u2116\u00a0" + r.getEntry().getId() + " \u00ab"
                            + r.getEntry().getTitle() + "\u00bb", Texts.get(locale, "contests.work.toScore",
                            r.getEntry().getContest().getTitle(), r.getEntry().getNomination().getTitle()),
                            "/app/entry-review.xhtml?id=" + r.getId(), r.getAssignedAt(), r.due()))));
            groups.add(WorkGroup.of(TO_SCORE, toScore));
        }
        return groups;
    }

    private static String detail(ContestEntry entry, Locale locale) {
        return Texts.get(locale, "contests.work.detail", entry.getContest().getTitle(), entry.getSchoolName());
    }

    private static String link(ContestEntry entry) {
        return "/app/entry.xhtml?id=" + entry.getId();
    }
}
