package ru.portal500.portal;

import ru.portal500.identity.domain.Caller;
import ru.portal500.identity.domain.Role;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The main menu, grouped by what people do: my work; schools and campaigns; documents; expertise; practices and
 * search; administration. A caller sees only the entries of their roles, and only the groups that keep an entry;
 * a group left with one entry is that entry. A hidden entry is a convenience only; every service checks the
 * caller's role again on the server. A person given single contests (a per-contest grant: organiser or juror of that
 * contest alone) finds each under «Конкурсы», leading to the page they may open: the contest's page for its
 * organiser, its public page for its juror.
 */
public final class PortalMenu {

    /** An entry: its label key in the bundle, the page, who sees it, and its label's arguments (none mostly). */
    public record Entry(String labelKey, String outcome, Visibility visibility, Set<Role> roles, List<Object> arguments) {

        public Entry(String labelKey, String outcome, Visibility visibility, Set<Role> roles) {
            this(labelKey, outcome, visibility, roles, List.of());
        }
    }

    /** A group of entries under a label. */
    public record Group(String labelKey, List<Entry> entries) {
    }

    /**
     * What the menu bar shows at its top level for a caller: a page ({@code outcome}, no entries) or a group of
     * pages ({@code entries}, no outcome).
     */
    public record Top(String labelKey, String outcome, List<Entry> entries, List<Object> arguments) {

        public Top(String labelKey, String outcome, List<Entry> entries) {
            this(labelKey, outcome, entries, List.of());
        }

        public boolean isGroup() {
            return outcome == null;
        }
    }

    /** Who sees an entry. */
    public enum Visibility { EVERYONE, VISITORS, LOGGED_IN, ROLES }

    private static final Set<Role> MANAGERS = EnumSet.of(Role.REGIONAL_OPERATOR, Role.MUNICIPAL_COORDINATOR);

    /** The group where the contests are, and where the single contests given to a person join them. */
    private static final String CONTESTS_GROUP = "menu.group.expertise";

    private static final List<Group> GROUPS = List.of(
            new Group("menu.group.work", List.of(
                    new Entry("menu.home", "/index.xhtml", Visibility.VISITORS, Set.of()),
                    new Entry("menu.dashboard", "/app/dashboard.xhtml", Visibility.LOGGED_IN, Set.of()),
                    new Entry("menu.notifications", "/app/notifications.xhtml", Visibility.LOGGED_IN, Set.of()),
                    new Entry("menu.profile", "/app/profile.xhtml", Visibility.LOGGED_IN, Set.of()),
                    new Entry("menu.municipality", "/app/municipality.xhtml", Visibility.ROLES,
                            EnumSet.of(Role.MUNICIPAL_COORDINATOR)))),
            new Group("menu.group.schools", List.of(
                    new Entry("menu.schools", "/app/schools.xhtml", Visibility.ROLES, EnumSet.of(Role.REGIONAL_OPERATOR,
                            Role.MUNICIPAL_COORDINATOR, Role.CURATOR, Role.EXPERT, Role.SCHOOL_TEAM)),
                    new Entry("menu.campaigns", "/app/campaigns.xhtml", Visibility.ROLES, EnumSet.of(Role.REGIONAL_OPERATOR,
                            Role.MUNICIPAL_COORDINATOR, Role.CURATOR, Role.EXPERT, Role.SCHOOL_TEAM)),
                    new Entry("menu.identification", "/app/identification.xhtml", Visibility.ROLES,
                            EnumSet.of(Role.REGIONAL_OPERATOR)),
                    new Entry("menu.pairs", "/app/pairs.xhtml", Visibility.ROLES, MANAGERS),
                    new Entry("menu.riskProfile", "/app/risk-profile.xhtml", Visibility.ROLES,
                            EnumSet.of(Role.SCHOOL_TEAM, Role.CURATOR)))),
            new Group("menu.group.documents", List.of(
                    new Entry("menu.documents", "/app/documents.xhtml", Visibility.ROLES,
                            EnumSet.of(Role.SCHOOL_TEAM, Role.CURATOR)),
                    new Entry("menu.documentQueue", "/app/document-queue.xhtml", Visibility.ROLES,
                            EnumSet.of(Role.CURATOR, Role.MUNICIPAL_COORDINATOR)),
                    new Entry("menu.roadmap", "/app/roadmap.xhtml", Visibility.ROLES, EnumSet.of(Role.SCHOOL_TEAM,
                            Role.CURATOR, Role.MUNICIPAL_COORDINATOR, Role.REGIONAL_OPERATOR)),
                    new Entry("menu.monitoringReport", "/app/monitoring-report.xhtml", Visibility.ROLES,
                            EnumSet.of(Role.SCHOOL_TEAM, Role.CURATOR)),
                    new Entry("menu.monitoring", "/app/monitoring.xhtml", Visibility.ROLES, MANAGERS),
                    new Entry("menu.federal", "/app/federal.xhtml", Visibility.ROLES,
                            EnumSet.of(Role.FEDERAL_READER)))),
            new Group("menu.group.expertise", List.of(
                    new Entry("menu.expertise", "/app/expertise.xhtml", Visibility.ROLES, EnumSet.of(Role.REGIONAL_OPERATOR,
                            Role.MUNICIPAL_COORDINATOR, Role.EXPERT, Role.SCHOOL_TEAM)),
                    new Entry("menu.checklists", "/app/checklists.xhtml", Visibility.ROLES,
                            EnumSet.of(Role.REGIONAL_OPERATOR)),
                    new Entry("menu.contests", "/app/contests.xhtml", Visibility.ROLES,
                            EnumSet.of(Role.CONTEST_ORGANISER)),
                    new Entry("menu.entries", "/app/entries.xhtml", Visibility.ROLES,
                            EnumSet.of(Role.SCHOOL_TEAM, Role.TEACHER)))),
            new Group("menu.group.practices", List.of(
                    new Entry("menu.practices", "/practices.xhtml", Visibility.EVERYONE, Set.of()),
                    new Entry("menu.search", "/search.xhtml", Visibility.EVERYONE, Set.of()))),
            new Group("menu.group.admin", List.of(
                    new Entry("menu.territories", "/app/territories.xhtml", Visibility.ROLES, MANAGERS),
                    new Entry("menu.people", "/app/people.xhtml", Visibility.ROLES, MANAGERS),
                    new Entry("menu.onboarding", "/app/onboarding.xhtml", Visibility.ROLES, MANAGERS),
                    new Entry("menu.audit", "/app/audit.xhtml", Visibility.ROLES, EnumSet.of(Role.REGIONAL_OPERATOR)),
                    new Entry("menu.searchSettings", "/app/search-settings.xhtml", Visibility.ROLES,
                            EnumSet.of(Role.REGIONAL_OPERATOR)))));

    private PortalMenu() {
    }

    /** The menu's top level for the caller: the groups that keep an entry, a group of one entry as that entry. */
    public static List<Top> menuFor(Caller caller) {
        List<Top> top = new ArrayList<>();
        for (Group group : GROUPS) {
            List<Entry> visible = visibleEntries(group, caller);
            if (visible.size() == 1) {
                top.add(new Top(visible.get(0).labelKey(), visible.get(0).outcome(), List.of(), visible.get(0).arguments()));
            } else if (!visible.isEmpty()) {
                top.add(new Top(group.labelKey(), null, visible));
            }
        }
        return top;
    }

    /** Every entry the caller sees, in the menu's order. */
    public static List<Entry> entriesFor(Caller caller) {
        return GROUPS.stream().flatMap(g -> visibleEntries(g, caller).stream()).toList();
    }

    private static List<Entry> visibleEntries(Group group, Caller caller) {
        List<Entry> visible = new ArrayList<>(group.entries().stream().filter(e -> visible(e, caller)).toList());
        if (group.labelKey().equals(CONTESTS_GROUP)) {
            visible.addAll(grantedContests(caller));
        }
        return visible;
    }

    /**
     * The contests given to the caller one by one: the page of each they organise (unless they organise the region's
     * contests, whose list has them) — one alone is «Конкурсы», several are each named by their number — and, for a
     * juror of any contest, their reviews to score.
     */
    static List<Entry> grantedContests(Caller caller) {
        List<Entry> entries = new ArrayList<>();
        if (!caller.hasRole(Role.CONTEST_ORGANISER)) {
            caller.contestsOrganised().forEach(id -> entries.add(new Entry("menu.contest.organised",
                    "/app/contest.xhtml?id=" + id, Visibility.LOGGED_IN, Set.of(), List.of(String.valueOf(id)))));
        }
        if (entries.size() == 1) {
            Entry only = entries.get(0);
            entries.set(0, new Entry("menu.contests", only.outcome(), only.visibility(), only.roles()));
        }
        if (!caller.contestsJudged().isEmpty()) {
            entries.add(new Entry("menu.judging", "/app/judging.xhtml", Visibility.LOGGED_IN, Set.of()));
        }
        return entries;
    }

    private static boolean visible(Entry entry, Caller caller) {
        return switch (entry.visibility()) {
            case EVERYONE -> true;
            case VISITORS -> !caller.isAuthenticated();
            case LOGGED_IN -> caller.isAuthenticated();
            case ROLES -> caller.hasAnyRole(entry.roles());
        };
    }
}
