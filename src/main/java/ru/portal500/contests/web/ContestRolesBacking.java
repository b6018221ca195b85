package ru.portal500.contests.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.portal500.contests.application.ContestRoles;
import ru.portal500.identity.application.ContestGrants;
import ru.portal500.identity.domain.Role;
import ru.portal500.shared.domain.ServiceUnavailableException;
import ru.portal500.shared.web.FacesMessages;

import java.io.Serializable;
import java.util.List;

/**
 * The section «Организаторы и жюри конкурса» of {@code /app/contest.xhtml?id=3}: who holds the contest's own roles,
 * and a form to make a person one of its organisers by login or take it back (a juror's role comes with a seat in a
 * nomination's jury, on the judging page). Keycloak out of reach: the section says so, the page still works.
 */
@Named
@ViewScoped
public class ContestRolesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ContestRoles roles;

    @Inject
    FacesMessages messages;

    private long contestId;
    private transient List<ContestGrants.Holder> holders;
    private boolean unavailable;
    private String username;

    /** Reads the holders of the contest the page shows (its id as the page's parameter). */
    public void load(String id) {
        try {
            contestId = Long.parseLong(id == null ? "" : id.strip());
        } catch (NumberFormatException e) {
            return;
        }
        reload();
    }

    private void reload() {
        try {
            holders = roles.holders(contestId);
            unavailable = false;
        } catch (ServiceUnavailableException e) {
            holders = List.of();
            unavailable = true;
        }
    }

    public void grant() {
        if (messages.run(() -> roles.grant(contestId, username, Role.CONTEST_ORGANISER), "contests.roles.granted")) {
            username = null;
            reload();
        }
    }

    public void revoke(ContestGrants.Holder holder) {
        if (messages.run(() -> roles.revoke(contestId, holder.username(), holder.role()), "contests.roles.revoked")) {
            reload();
        }
    }

    public List<ContestGrants.Holder> getHolders() {
        return holders;
    }

    public boolean isUnavailable() {
        return unavailable;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }
}
