package ru.portal500.dashboard.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import ru.portal500.identity.application.AccessGuard;
import ru.portal500.identity.domain.Caller;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What needs the caller now: the work every context contributes through its {@link WorkSource}, the groups that
 * have something in them in a fixed order (what others wait for first), each group's items oldest first.
 */
@ApplicationScoped
public class WorkList {

    /** The order of the groups on the page and in the API; a kind not listed here comes after these. */
    static final List<String> ORDER = List.of("documents.toCheck", "riskProfiles.toVerify", "reviews.toScore",
            "rounds.toStaff", "campaigns.toConfirm", "documents.returned", "documents.owed", "riskProfiles.toChoose",
            "notifications.unread");

    @Inject
    AccessGuard guard;

    @Inject
    @Any
    Instance<WorkSource> sources;

    /** The caller's work; a visitor is refused (401 in the API, the login page on the site). */
    public List<WorkGroup> mine(Locale locale) {
        Caller caller = guard.caller();
        guard.require(caller.isAuthenticated(), null, "work.read");
        return collect(sources.stream().toList(), caller, locale);
    }

    /** The non-empty groups of all the sources, in {@link #ORDER}. */
    static List<WorkGroup> collect(List<WorkSource> sources, Caller caller, Locale locale) {
        return sources.stream().flatMap(s -> s.work(caller, locale).stream()).filter(g -> g.count() > 0)
                .sorted(Comparator.comparingInt(WorkList::rank).thenComparing(WorkGroup::kind)).toList();
    }

    private static int rank(WorkGroup group) {
        int at = ORDER.indexOf(group.kind());
        return at < 0 ? ORDER.size() : at;
    }

    /** How many pieces of work in all. */
    public static long total(List<WorkGroup> groups) {
        return groups.stream().mapToLong(WorkGroup::count).sum();
    }
}
