package ru.portal500.registry.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.portal500.registry.application.MunicipalityOverview;
import ru.portal500.registry.domain.SchoolYear;
import ru.portal500.shared.domain.NoSuchResourceException;

import java.io.Serializable;

/** Page {@code /app/municipality.xhtml?id=…&campaign=…}: the coordinator's overview of a municipality. */
@Named
@ViewScoped
public class MunicipalityBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MunicipalityOverview overviews;

    private String id;
    private Integer campaign;
    private transient MunicipalityOverview.Overview overview;

    public void load() {
        Long municipalityId;
        try {
            municipalityId = id == null || id.isBlank() ? null : Long.valueOf(id.strip());
        } catch (NumberFormatException e) {
            throw new NoSuchResourceException();
        }
        overview = overviews.of(municipalityId, campaign);
        campaign = overview.campaign().map(c -> c.getSchoolYear()).orElse(null);
        id = String.valueOf(overview.municipality().getId());
    }

    public MunicipalityOverview.Overview getOverview() {
        if (overview == null) {
            load();
        }
        return overview;
    }

    public String schoolYear(int year) {
        return SchoolYear.label(year);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Integer getCampaign() {
        return campaign;
    }

    public void setCampaign(Integer campaign) {
        this.campaign = campaign;
    }
}
