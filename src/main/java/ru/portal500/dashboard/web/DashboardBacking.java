package ru.portal500.dashboard.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.annotation.JsonbTransient;
import ru.portal500.dashboard.application.WorkList;
import ru.portal500.dashboard.application.WorkView;
import ru.portal500.identity.application.CurrentCaller;
import ru.portal500.identity.domain.Grant;
import ru.portal500.shared.web.Formats;
import ru.portal500.shared.web.LanguageBacking;
import ru.portal500.tenancy.application.TerritoryDirectory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Page {@code /app/dashboard.xhtml}, the first screen after login: the caller's work list (what needs them now, by
 * kind, oldest first, each a link to where it is done), then their roles and the places they hold them in.
 */
@Named
@RequestScoped
public class DashboardBacking {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    TerritoryDirectory directory;

    @Inject
    WorkList workList;

    @Inject
    Formats formats;

    @Inject
    LanguageBacking language;

    private List<Place> places;
    private WorkView work;
    private LocalDate today;

    /** One role held somewhere, in words. Getters for the page. */
    public record Place(String roleKey, String where) {
        @JsonbTransient
        public String getRoleKey() {
            return roleKey;
        }

        @JsonbTransient
        public String getWhere() {
            return where;
        }
    }

    public List<Place> getPlaces() {
        if (places == null) {
            places = currentCaller.get().getGrants().stream()
                    .sorted(Comparator.comparing(Grant::role).thenComparing(g -> g.scope().groupPath()))
                    .map(g -> new Place("Role." + g.role().name(), directory.describe(g.scope())))
                    .toList();
        }
        return places;
    }

    public WorkView getWork() {
        if (work == null) {
            work = WorkView.of(workList.mine(language.getLocale()), language.getLocale(), formats.zone());
        }
        return work;
    }

    /** Past its due date today, in the reader's region's zone (the page says so in words). */
    public boolean overdue(WorkView.Item item) {
        if (today == null) {
            today = LocalDate.now(formats.zone());
        }
        return item.overdueOn(today);
    }

    /** More of the kind than the group lists. */
    public boolean more(WorkView.Group group) {
        return group.count() > group.items().size();
    }
}
