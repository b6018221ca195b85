package ru.portal500.expertise.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.portal500.expertise.application.ChecklistLibrary;
import ru.portal500.expertise.application.ExpertiseRounds;
import ru.portal500.expertise.application.ReviewWork;
import ru.portal500.expertise.domain.ChecklistVersion;
import ru.portal500.expertise.domain.ExpertReview;
import ru.portal500.expertise.domain.ExpertiseRound;
import ru.portal500.expertise.domain.RoundKind;
import ru.portal500.expertise.domain.RoundSettings;
import ru.portal500.identity.application.CurrentCaller;
import ru.portal500.identity.domain.Role;
import ru.portal500.tenancy.domain.Scope;
import ru.portal500.registry.application.CampaignPlanning;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.shared.domain.NoSuchResourceException;
import ru.portal500.shared.web.FacesMessages;
import ru.portal500.tenancy.application.TerritoryDirectory;
import ru.portal500.tenancy.domain.Municipality;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Page {@code /app/expertise.xhtml?campaign=2026}: the reviews given to me, and — for organisers — the
 * campaign's rounds and the form that opens a new one.
 */
@Named
@ViewScoped
public class ExpertiseBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ExpertiseRounds rounds;

    @Inject
    ReviewWork work;

    @Inject
    ChecklistLibrary checklists;

    @Inject
    CampaignPlanning planning;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    FacesMessages messages;

    @Inject
    TerritoryDirectory territories;

    private String region;
    private Integer campaign;
    private boolean organiser;
    private transient List<ExpertiseRound> campaignRounds;
    private transient List<ExpertReview> mine;
    private transient List<ChecklistVersion> available;
    private transient List<Municipality> municipalities;
    private final RoundForm form = new RoundForm();

    /** The form that opens a round. */
    public static final class RoundForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private RoundKind kind = RoundKind.REGIONAL;
        private String municipality;
        private String title;
        private Long checklist;
        private int reviewsPerDocument = RoundSettings.DEFAULT_REVIEWS;
        private int reviewsPerSchool = RoundSettings.DEFAULT_REVIEWS;
        private boolean otherMunicipality;
        private boolean blind = true;
        private int divergencePoints = RoundSettings.DEFAULT_DIVERGENCE_POINTS;
        private LocalDate due;

        public RoundKind getKind() {
            return kind;
        }

        public void setKind(RoundKind kind) {
            this.kind = kind;
        }

        public String getMunicipality() {
            return municipality;
        }

        public void setMunicipality(String municipality) {
            this.municipality = municipality;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public Long getChecklist() {
            return checklist;
        }

        public void setChecklist(Long checklist) {
            this.checklist = checklist;
        }

        public int getReviewsPerDocument() {
            return reviewsPerDocument;
        }

        public void setReviewsPerDocument(int reviewsPerDocument) {
            this.reviewsPerDocument = reviewsPerDocument;
        }

        public int getReviewsPerSchool() {
            return reviewsPerSchool;
        }

        public void setReviewsPerSchool(int reviewsPerSchool) {
            this.reviewsPerSchool = reviewsPerSchool;
        }

        public boolean isOtherMunicipality() {
            return otherMunicipality;
        }

        public void setOtherMunicipality(boolean otherMunicipality) {
            this.otherMunicipality = otherMunicipality;
        }

        public boolean isBlind() {
            return blind;
        }

        public void setBlind(boolean blind) {
            this.blind = blind;
        }

        public int getDivergencePoints() {
            return divergencePoints;
        }

        public void setDivergencePoints(int divergencePoints) {
            this.divergencePoints = divergencePoints;
        }

        public LocalDate getDue() {
            return due;
        }

        public void setDue(LocalDate due) {
            this.due = due;
        }
    }

    public void load() {
        region = currentCaller.get().regions().stream().findFirst().orElseThrow(NoSuchResourceException::new);
        if (campaign == null) {
            campaign = planning.of(region).stream().findFirst().map(Campaign::getSchoolYear).orElse(null);
        }
        organiser = campaign != null && rounds.organisesIn(region);
        if (!isRegionalOperator()) {
            form.kind = RoundKind.MUNICIPAL;
        }
    }

    private boolean isRegionalOperator() {
        return currentCaller.get().holds(Role.REGIONAL_OPERATOR, Scope.ofRegion(region));
    }

    public void create() {
        if (messages.run(() -> rounds.create(new ExpertiseRounds.NewRound(region, campaign, form.kind,
                form.kind == RoundKind.MUNICIPAL ? form.municipality : null, form.title,
                form.checklist == null ? -1 : form.checklist, settings())), "expertise.round.created")) {
            campaignRounds = null;
            form.title = null;
        }
    }

    private RoundSettings settings() {
        return new RoundSettings(form.reviewsPerDocument, form.kind == RoundKind.MUTUAL ? form.reviewsPerSchool : 0,
                form.otherMunicipality, form.blind, form.divergencePoints, form.due);
    }

    public List<ExpertiseRound> getRounds() {
        if (campaignRounds == null) {
            campaignRounds = organiser ? rounds.rounds(region, campaign) : List.of();
        }
        return campaignRounds;
    }

    public List<ExpertReview> getMine() {
        if (mine == null) {
            mine = work.mine();
        }
        return mine;
    }

    public List<ChecklistVersion> getChecklists() {
        if (available == null) {
            available = organiser ? checklists.latest(region) : List.of();
        }
        return available;
    }

    /** The kinds the caller may open: all for the regional operator, municipal rounds for a coordinator. */
    public List<RoundKind> getKinds() {
        return isRegionalOperator() ? List.of(RoundKind.values()) : List.of(RoundKind.MUNICIPAL);
    }

    /** The municipalities of the region the caller may open a municipal round in, by name. */
    public List<Municipality> getMunicipalities() {
        if (municipalities == null) {
            municipalities = !organiser ? List.of() : territories.municipalities().stream()
                    .filter(m -> m.getRegion().getCode().equals(region))
                    .filter(m -> isRegionalOperator()
                            || currentCaller.get().holds(Role.MUNICIPAL_COORDINATOR, m.scope()))
                    .toList();
        }
        return municipalities;
    }

    public Integer getCampaign() {
        return campaign;
    }

    public void setCampaign(Integer campaign) {
        this.campaign = campaign;
    }

    public boolean isOrganiser() {
        return organiser;
    }

    public RoundForm getForm() {
        return form;
    }
}
