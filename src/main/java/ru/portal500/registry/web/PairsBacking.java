package ru.portal500.registry.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.portal500.identity.application.CurrentCaller;
import ru.portal500.identity.domain.Role;
import ru.portal500.tenancy.domain.Scope;
import ru.portal500.registry.application.CampaignPlanning;
import ru.portal500.registry.application.PairFormation;
import ru.portal500.registry.application.PairingRow;
import ru.portal500.registry.application.PairsOverview;
import ru.portal500.registry.application.SchoolCode;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.registry.domain.PairingRights;
import ru.portal500.registry.domain.SchoolRef;
import ru.portal500.shared.web.FacesMessages;

import java.io.Serializable;
import java.util.List;

/**
 * Page {@code /app/pairs.xhtml}: a campaign's ШНОР and ШССУ schools in the caller's scope with their
 * pairs; forming, re-pairing and dissolving. Helpers are {@link PairHelpersBacking}'s. Every action goes
 * to the services, which check the caller's rights again.
 */
@Named
@ViewScoped
public class PairsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CampaignPlanning planning;

    @Inject
    PairsOverview overview;

    @Inject
    PairFormation formation;

    @Inject
    FacesMessages messages;

    @Inject
    CurrentCaller currentCaller;

    private String region;
    private List<Campaign> campaigns;
    private Integer year;
    private List<PairingRow> rows = List.of();
    private PairingRow selected;
    private List<SchoolRef> curatorCandidates = List.of();
    private String curatorSchool;

    /** View action: the region's campaigns, the newest shown first. */
    public void load() {
        if (campaigns == null) {
            region = currentCaller.get().getGrants().stream().map(g -> g.scope().region()).sorted().findFirst()
                    .orElse("-");
            campaigns = planning.of(region);
            year = campaigns.isEmpty() ? null : campaigns.get(0).getSchoolYear();
            show();
        }
    }

    public void show() {
        rows = year == null ? List.of() : overview.rows(region, year);
        if (selected != null) {
            selected = rows.stream().filter(r -> r.school().id() == selected.school().id()).findFirst().orElse(null);
        }
    }

    /** Opens the pairing dialog for the row: the schools the caller may choose as its curator school. */
    public void choose(PairingRow row) {
        selected = row;
        curatorCandidates = overview.curatorCandidates(region, year, row.school());
        curatorSchool = row.pair() == null ? null : value(row.pair().curatorSchool());
    }

    public void pair() {
        String[] codes = curatorSchool == null ? new String[2] : curatorSchool.split("/", 2);
        SchoolCode curator = new SchoolCode(codes[0], codes.length > 1 ? codes[1] : null);
        SchoolRef school = selected.school();
        boolean done = selected.pair() == null
                ? messages.run(() -> formation.form(region, year, new SchoolCode(school.municipalityCode(),
                school.code()), curator), "pairs.message.formed", school.name())
                : messages.run(() -> formation.changeCurator(region, year, selected.pair().id(), curator),
                "pairs.message.changed", school.name());
        if (done) {
            show();
        }
    }

    public void dissolve(PairingRow row) {
        if (messages.run(() -> formation.dissolve(region, year, row.pair().id()), "pairs.message.dissolved",
                row.school().name())) {
            show();
        }
    }

    /** Whether the caller manages the row's pair (the services check again). */
    public boolean mayManage(PairingRow row) {
        return PairingRights.mayManage(currentCaller.get(), row.school().scope());
    }

    /**
     * Why the dialog has no curator school to offer, as a bundle key (null when it has some): every school the
     * caller may choose is itself ШНОР/ШССУ in the campaign — the coordinator is told to ask the region, the
     * operator to give a school the status of a curator school.
     */
    public String getNoCandidatesKey() {
        if (selected == null || !curatorCandidates.isEmpty()) {
            return null;
        }
        return currentCaller.get().holds(Role.REGIONAL_OPERATOR, Scope.ofRegion(region))
                ? "pairs.dialog.noCandidates.region" : "pairs.dialog.noCandidates.municipality";
    }

    /** A curator school as the pairing dialog's choice submits it. */
    public String value(SchoolRef school) {
        return school.municipalityCode() + "/" + school.code();
    }

    public String getRegion() {
        return region;
    }

    public List<Campaign> getCampaigns() {
        return campaigns;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public List<PairingRow> getRows() {
        return rows;
    }

    public PairingRow getSelected() {
        return selected;
    }

    public void setSelected(PairingRow selected) {
        this.selected = selected;
    }

    public List<SchoolRef> getCuratorCandidates() {
        return curatorCandidates;
    }

    public String getCuratorSchool() {
        return curatorSchool;
    }

    public void setCuratorSchool(String curatorSchool) {
        this.curatorSchool = curatorSchool;
    }
}
