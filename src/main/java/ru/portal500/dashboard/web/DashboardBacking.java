package ru.portal500.dashboard.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.annotation.JsonbTransient;
import ru.portal500.identity.application.CurrentCaller;
import ru.portal500.identity.domain.Grant;
import ru.portal500.tenancy.application.TerritoryDirectory;

import java.util.Comparator;
import java.util.List;

/** Page {@code /app/dashboard.xhtml}: the caller's roles and the places they hold them in. */
@Named
@RequestScoped
public class DashboardBacking {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    TerritoryDirectory directory;

    private List<Place> places;

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
}
