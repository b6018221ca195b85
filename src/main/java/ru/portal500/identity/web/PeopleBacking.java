package ru.portal500.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.portal500.identity.application.GrantRequest;
import ru.portal500.identity.application.CurrentCaller;
import ru.portal500.identity.application.PeopleAdministration;
import ru.portal500.identity.application.PeopleAdministration.Holder;
import ru.portal500.identity.domain.Caller;
import ru.portal500.identity.domain.Grant;
import ru.portal500.identity.domain.Role;
import ru.portal500.tenancy.domain.Scope;
import ru.portal500.shared.web.FacesMessages;
import ru.portal500.shared.web.LanguageBacking;
import ru.portal500.shared.i18n.Texts;
import ru.portal500.tenancy.application.TerritoryDirectory;
import ru.portal500.tenancy.domain.Municipality;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Page {@code /app/people.xhtml}: who holds what in a municipality and its schools (and, for its operator,
 * in the whole region); grant, revoke, invite. Every action goes to {@link PeopleAdministration}, which checks the caller's rights.
 */
@Named
@ViewScoped
public class PeopleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TerritoryDirectory directory;

    @Inject
    PeopleAdministration people;

    @Inject
    FacesMessages messages;

    @Inject
    LanguageBacking language;

    @Inject
    CurrentCaller currentCaller;

    private List<Municipality> municipalities;
    private Long municipalityId;
    private List<Holder> holders = List.of();
    private Map<String, String> scopes = Map.of();
    private List<Role> roles = List.of();

    private String username;
    private String email;
    private String firstName;
    private String lastName;
    private String role;
    private String scope;

    /** View action: the caller's municipalities; the first is shown. */
    public void load() {
        if (municipalities == null) {
            municipalities = directory.municipalities().stream()
                    .filter(m -> currentCaller.get().administers(m.scope())).toList();
            if (municipalityId == null && !municipalities.isEmpty()) {
                municipalityId = municipalities.get(0).getId();
            }
            show();
        }
    }

    /**
     * The municipality's people (and, for a regional operator, the region's own: experts, organisers, jury of
     * the whole region), the places the caller may grant in — the region first for its operator — and the
     * roles the caller may grant in at least one of them, so that nothing above their own is offered.
     */
    public void show() {
        if (municipalityId == null) {
            return;
        }
        Caller caller = currentCaller.get();
        Municipality municipality = directory.municipality(municipalityId);
        Scope region = Scope.ofRegion(municipality.getRegion().getCode());
        List<Holder> shown = new ArrayList<>();
        Map<String, String> choices = new LinkedHashMap<>();
        if (caller.administers(region)) {
            shown.addAll(people.holdersAt(region));
            choices.put(Texts.get(language.getLocale(), "people.scope.region", municipality.getRegion().getName()),
                    region.groupPath());
        }
        shown.addAll(people.holders(municipality.scope()));
        holders = shown;
        choices.put(municipality.getName(), municipality.scope().groupPath());
        directory.schoolsOf(municipality).forEach(s -> choices.put(s.getName(), s.scope().groupPath()));
        scopes = choices;
        List<Scope> places = choices.values().stream().map(Scope::parse).toList();
        roles = Arrays.stream(Role.values()).filter(r -> places.stream()
                .anyMatch(p -> r.isGrantableAt(p.level()) && caller.mayGrant(new Grant(r, p)))).toList();
    }

    public void grant() {
        if (!refused() && messages.run(() -> people.grant(username, requestedGrant()), "people.message.granted")) {
            username = null;
            show();
        }
    }

    public void revoke(Holder holder) {
        if (messages.run(() -> people.revoke(holder.username(), holder.grant()), "people.message.revoked")) {
            show();
        }
    }

    public void invite() {
        String address = email;
        if (!refused() && messages.run(() -> people.invite(email, firstName, lastName, requestedGrant()),
                "people.message.invited", address)) {
            email = null;
            firstName = null;
            lastName = null;
            show();
        }
    }

    /**
     * Says in words, before anything is asked of Keycloak, why the chosen role cannot be granted at the chosen
     * place: the role is not held there, or it is not the caller's to grant (the service refuses it again).
     * A malformed choice is left to the service's own refusal.
     */
    private boolean refused() {
        Optional<Role> chosenRole = Role.fromKeycloakName(role);
        if (chosenRole.isEmpty() || scope == null || !scopes.containsValue(scope)) {
            return false;
        }
        Scope place = Scope.parse(scope);
        String roleName = Texts.get(language.getLocale(), "Role." + chosenRole.get().name());
        if (!chosenRole.get().isGrantableAt(place.level())) {
            String levels = Arrays.stream(Scope.Level.values()).filter(chosenRole.get()::isGrantableAt)
                    .map(l -> Texts.get(language.getLocale(), "people.level." + l.name()))
                    .collect(Collectors.joining(Texts.get(language.getLocale(), "people.level.or")));
            messages.error("people.error.roleAtPlace", roleName, placeName(place), levels);
            return true;
        }
        if (!currentCaller.get().mayGrant(new Grant(chosenRole.get(), place))) {
            messages.error("people.error.mayNotGrant", roleName, placeName(place));
            return true;
        }
        return false;
    }

    private Grant requestedGrant() {
        return new GrantRequest().with(role, scope).toGrant();
    }

    /** The roles the caller may grant here, in the enum's order. */
    public List<Role> getRoles() {
        return roles;
    }

    /** Whether the caller may revoke this grant (the service checks again). */
    public boolean mayChange(Holder holder) {
        return currentCaller.get().mayGrant(holder.grant());
    }

    public String roleName(Holder holder) {
        return "Role." + holder.grant().role().name();
    }

    public String place(Holder holder) {
        return placeName(holder.grant().scope());
    }

    /** A place by its name (as the choice shows it), never by its path. */
    private String placeName(Scope place) {
        return scopes.entrySet().stream().filter(e -> e.getValue().equals(place.groupPath()))
                .map(Map.Entry::getKey).findFirst().orElseGet(() -> directory.describe(place));
    }

    public List<Municipality> getMunicipalities() {
        return municipalities;
    }

    public Long getMunicipalityId() {
        return municipalityId;
    }

    public void setMunicipalityId(Long municipalityId) {
        this.municipalityId = municipalityId;
    }

    public List<Holder> getHolders() {
        return holders;
    }

    public Map<String, String> getScopes() {
        return scopes;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }
}
