package ru.portal500.expertise.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import ru.portal500.tenancy.domain.Scope;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.tenancy.domain.Municipality;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An expertise round of a campaign: municipal, regional or mutual; the checklist version it scores with
 * (kept for the round's life), how many reviews each document receives and, in a mutual round, how many each
 * school writes; the due date; whether reviewers are hidden from the authors (blind) and whether schools
 * review only other municipalities. The scope it lives in is its municipality's or its region's. Found by anyone who
 * acts in its region (its reviewers may be anywhere in it); who organises it is the services' check.
 */
@Entity
@Table(name = "expertise_round")
@AdditionalCriteria("this.campaign.region.code IN :scopeRegions")
public class ExpertiseRound {

    public static final int MAX_REVIEWS_PER_DOCUMENT = 10;
    public static final int MAX_REVIEWS_PER_SCHOOL = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "campaign_id", nullable = false, updatable = false)
    private Campaign campaign;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "municipality_id", updatable = false)
    private Municipality municipality;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private RoundKind kind;

    @Column(nullable = false, length = 500)
    private String title;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "checklist_id", nullable = false, updatable = false)
    private ChecklistVersion checklist;

    @Column(name = "reviews_per_document", nullable = false)
    private int reviewsPerDocument;

    @Column(name = "reviews_per_school", nullable = false)
    private int reviewsPerSchool;

    @Column(name = "other_municipality", nullable = false)
    private boolean otherMunicipality;

    @Column(nullable = false)
    private boolean blind;

    @Column(name = "divergence_points", nullable = false)
    private int divergencePoints;

    @Column(nullable = false)
    private LocalDate due;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RoundState state = RoundState.OPEN;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ExpertiseRound() {
    }

    public ExpertiseRound(Campaign campaign, Municipality municipality, RoundKind kind, String title,
                          ChecklistVersion checklist, RoundSettings settings, ChangeStamp by) {
        this.campaign = Objects.requireNonNull(campaign, "campaign");
        this.kind = Objects.requireNonNull(kind, "kind");
        if ((kind == RoundKind.MUNICIPAL) != (municipality != null)) {
            throw new ExpertiseRuleException("expertise.error.roundMunicipality");
        }
        if (!checklist.getRegion().getCode().equals(campaign.getRegion().getCode())) {
            throw new ExpertiseRuleException("expertise.error.checklistRegion");
        }
        this.municipality = municipality;
        this.checklist = checklist;
        this.title = requireTitle(title);
        this.createdBy = by.username();
        this.createdAt = by.at();
        change(settings);
    }

    private static String requireTitle(String title) {
        String clean = title == null ? "" : title.strip();
        if (clean.isEmpty() || clean.length() > 500) {
            throw new ExpertiseRuleException("expertise.error.roundTitle");
        }
        return clean;
    }

    /** New settings (the due date moved, more reviews per document…); only while the round is open. */
    public void change(RoundSettings settings) {
        requireOpen();
        this.reviewsPerDocument = settings.reviewsPerDocument();
        this.reviewsPerSchool = settings.reviewsPerSchool();
        this.otherMunicipality = settings.otherMunicipality();
        this.blind = settings.blind();
        this.divergencePoints = settings.divergencePoints();
        this.due = settings.due();
    }

    public void close() {
        requireOpen();
        state = RoundState.CLOSED;
    }

    public void requireOpen() {
        if (state != RoundState.OPEN) {
            throw new ExpertiseRuleException("expertise.error.roundClosed");
        }
    }

    /** Where the round lives: its municipality, or its campaign's region. */
    public Scope scope() {
        String region = campaign.getRegion().getCode();
        return municipality == null ? Scope.ofRegion(region) : Scope.ofMunicipality(region, municipality.getCode());
    }

    public boolean isOverdue(LocalDate today) {
        return today.isAfter(due);
    }

    public RoundSettings settings() {
        return new RoundSettings(reviewsPerDocument, reviewsPerSchool, otherMunicipality, blind, divergencePoints, due);
    }

    public Long getId() {
        return id;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public Municipality getMunicipality() {
        return municipality;
    }

    public RoundKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public ChecklistVersion getChecklist() {
        return checklist;
    }

    public int getReviewsPerDocument() {
        return reviewsPerDocument;
    }

    public int getReviewsPerSchool() {
        return reviewsPerSchool;
    }

    public boolean isOtherMunicipality() {
        return otherMunicipality;
    }

    public boolean isBlind() {
        return blind;
    }

    public int getDivergencePoints() {
        return divergencePoints;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public LocalDate getDue() {
        return due;
    }

    public RoundState getState() {
        return state;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public long getVersion() {
        return version;
    }
}
