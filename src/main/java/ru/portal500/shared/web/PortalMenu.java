package ru.portal500.shared.web;

import ru.portal500.identity.domain.Caller;
import ru.portal500.identity.domain.Role;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The main menu: which entries a caller sees. A hidden entry is a convenience only; every service
 * checks the caller's role again on the server.
 */
public final class PortalMenu {

    /** An entry: its label key in the bundle, the page, and who sees it. */
    public record Entry(String labelKey, String outcome, Visibility visibility, Set<Role> roles) {
    }

    /** Who sees an entry. */
    public enum Visibility { EVERYONE, LOGGED_IN, ROLES }

    private static final List<Entry> ENTRIES = List.of(
            new Entry("menu.home", "/index.xhtml", Visibility.EVERYONE, Set.of()),
            new Entry("menu.dashboard", "/app/dashboard.xhtml", Visibility.LOGGED_IN, Set.of()),
            new Entry("menu.practices", "/practices.xhtml", Visibility.EVERYONE, Set.of()),
            new Entry("menu.search", "/search.xhtml", Visibility.EVERYONE, Set.of()),
            new Entry("menu.searchSettings", "/app/search-settings.xhtml", Visibility.ROLES,
                    EnumSet.of(Role.REGIONAL_OPERATOR)),
            new Entry("menu.territories", "/app/territories.xhtml", Visibility.ROLES,
                    EnumSet.of(Role.REGIONAL_OPERATOR, Role.MUNICIPAL_COORDINATOR)),
            new Entry("menu.schools", "/app/schools.xhtml", Visibility.ROLES, EnumSet.of(Role.REGIONAL_OPERATOR,
                    Role.MUNICIPAL_COORDINATOR, Role.CURATOR, Role.EXPERT, Role.SCHOOL_TEAM)),
            new Entry("menu.campaigns", "/app/campaigns.xhtml", Visibility.ROLES, EnumSet.of(Role.REGIONAL_OPERATOR,
                    Role.MUNICIPAL_COORDINATOR, Role.CURATOR, Role.EXPERT, Role.SCHOOL_TEAM)),
            new Entry("menu.pairs", "/app/pairs.xhtml", Visibility.ROLES,
                    EnumSet.of(Role.REGIONAL_OPERATOR, Role.MUNICIPAL_COORDINATOR)),
            new Entry("menu.municipality", "/app/municipality.xhtml", Visibility.ROLES,
                    EnumSet.of(Role.MUNICIPAL_COORDINATOR)),
            new Entry("menu.riskProfile", "/app/risk-profile.xhtml", Visibility.ROLES,
                    EnumSet.of(Role.SCHOOL_TEAM, Role.CURATOR)),
            new Entry("menu.documents", "/app/documents.xhtml", Visibility.ROLES,
                    EnumSet.of(Role.SCHOOL_TEAM, Role.CURATOR)),
            new Entry("menu.documentQueue", "/app/document-queue.xhtml", Visibility.ROLES,
                    EnumSet.of(Role.CURATOR, Role.MUNICIPAL_COORDINATOR)),
            new Entry("menu.expertise", "/app/expertise.xhtml", Visibility.ROLES, EnumSet.of(Role.REGIONAL_OPERATOR,
                    Role.MUNICIPAL_COORDINATOR, Role.EXPERT, Role.SCHOOL_TEAM)),
            new Entry("menu.checklists", "/app/checklists.xhtml", Visibility.ROLES,
                    EnumSet.of(Role.REGIONAL_OPERATOR)),
            new Entry("menu.people", "/app/people.xhtml", Visibility.ROLES,
                    EnumSet.of(Role.REGIONAL_OPERATOR, Role.MUNICIPAL_COORDINATOR)),
            new Entry("menu.audit", "/app/audit.xhtml", Visibility.ROLES, EnumSet.of(Role.REGIONAL_OPERATOR)));

    private PortalMenu() {
    }

    public static List<Entry> entriesFor(Caller caller) {
        return ENTRIES.stream().filter(e -> visible(e, caller)).toList();
    }

    private static boolean visible(Entry entry, Caller caller) {
        return switch (entry.visibility()) {
            case EVERYONE -> true;
            case LOGGED_IN -> caller.isAuthenticated();
            case ROLES -> caller.hasAnyRole(entry.roles());
        };
    }
}
