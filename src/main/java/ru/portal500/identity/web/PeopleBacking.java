package ru.portal500.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.portal500.identity.api.GrantRequest;
import ru.portal500.identity.application.CurrentCaller;
import ru.portal500.identity.application.PeopleAdministration;
import ru.portal500.identity.application.PeopleAdministration.Holder;
import ru.portal500.identity.domain.Grant;
import ru.portal500.identity.domain.Role;
import ru.portal500.identity.domain.Scope;
import ru.portal500.shared.web.FacesMessages;
import ru.portal500.tenancy.application.TerritoryDirectory;
import ru.portal500.tenancy.domain.Municipality;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Page {@code /app/people.xhtml}: who holds what in a municipality and its schools; grant, revoke,
 * invite. Every action goes to {@link PeopleAdministration}, which checks the caller's rights.
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
    CurrentCaller currentCaller;

    private List<Municipality> municipalities;
    private Long municipalityId;
    private List<Holder> holders = List.of();
    private Map<String, String> scopes = Map.of();

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

    public void show() {
        if (municipalityId == null) {
            return;
        }
        Municipality municipality = directory.municipality(municipalityId);
        holders = people.holders(municipality.scope());
        Map<String, String> choices = new LinkedHashMap<>();
        choices.put(municipality.getName(), municipality.scope().groupPath());
        directory.schoolsOf(municipality).forEach(s -> choices.put(s.getName(), s.scope().groupPath()));
        scopes = choices;
    }

    public void grant() {
        if (messages.run(() -> people.grant(username, requestedGrant()), "people.message.granted")) {
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
        if (messages.run(() -> people.invite(email, firstName, lastName, requestedGrant()),
                "people.message.invited", address)) {
            email = null;
            firstName = null;
            lastName = null;
            show();
        }
    }

    private Grant requestedGrant() {
        return new GrantRequest().with(role, scope).toGrant();
    }

    public List<Role> getRoles() {
        return new ArrayList<>(Arrays.asList(Role.values()));
    }

    /** Whether the caller may revoke this grant (the service checks again). */
    public boolean mayChange(Holder holder) {
        return currentCaller.get().mayGrant(holder.grant());
    }

    public String roleName(Holder holder) {
        return "Role." + holder.grant().role().name();
    }

    public String place(Holder holder) {
        Scope s = holder.grant().scope();
        return scopes.entrySet().stream().filter(e -> e.getValue().equals(s.groupPath()))
                .map(Map.Entry::getKey).findFirst().orElse(s.groupPath());
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
