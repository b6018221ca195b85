package ru.portal500.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import org.eclipse.persistence.annotations.Customizer;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.shared.infrastructure.InstantConverter;
import ru.portal500.tenancy.domain.School;
import ru.portal500.tenancy.domain.SchoolScoped;

import java.time.Instant;
import java.util.Objects;

/**
 * A school's standing in one campaign: the status the regional operator decided, whether the
 * region's rule proposed it, and the reason given when the decision departs from the proposal.
 * Visible within the same scope as its school.
 */
@Entity
@Table(name = "campaign_school")
@Customizer(SchoolScoped.class)
public class CampaignSchool {

    /** The longest reason kept. */
    public static final int MAX_REASON = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "campaign_id", nullable = false, updatable = false)
    private Campaign campaign;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "school_id", nullable = false, updatable = false)
    private School school;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SchoolStatus status;

    @Column(nullable = false)
    private boolean proposed;

    @Column(length = MAX_REASON)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    private LeavingReason leaving;

    @Column(name = "decided_by")
    private String decidedBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected CampaignSchool() {
    }

    public CampaignSchool(Campaign campaign, School school) {
        this.campaign = Objects.requireNonNull(campaign, "campaign");
        this.school = Objects.requireNonNull(school, "school");
        this.status = SchoolStatus.OTHER;
    }

    /**
     * Records the operator's decision. Confirming what the rule proposed (ШНОР for a proposed school)
     * needs no reason; any other decision about a proposed school, and making a school ШНОР that the
     * rule did not propose, does.
     */
    public void decide(SchoolStatus status, boolean proposedByRule, String reason, String decidedBy, Instant at) {
        decide(status, proposedByRule, reason, new ChangeStamp(decidedBy, decidedBy, at));
    }

    /**
     * The same, returning the line of history it makes ({@link RegistryChange.Kind#STATUS_DECIDED}): the status
     * before (none when the school was not decided yet), after, and the reason.
     */
    public RegistryChange decide(SchoolStatus status, boolean proposedByRule, String reason, ChangeStamp by) {
        SchoolStatus before = decidedBy == null ? null : this.status;
        apply(status, proposedByRule, reason, by.username(), by.at());
        return new RegistryChange(campaign, school, RegistryChange.Kind.STATUS_DECIDED, by,
                before == null ? null : before.name(), status.name(), this.reason);
    }

    /** A proposed school confirmed as ШНОР together with the rest of the proposal. */
    public RegistryChange confirmProposal(ChangeStamp by) {
        SchoolStatus before = decidedBy == null ? null : this.status;
        apply(SchoolStatus.LOW_RESULTS, true, null, by.username(), by.at());
        return new RegistryChange(campaign, school, RegistryChange.Kind.PROPOSAL_CONFIRMED, by,
                before == null ? null : before.name(), SchoolStatus.LOW_RESULTS.name(), null);
    }

    /**
     * The school, in the programme last year ({@code before}), leaves it in this campaign: its status here is
     * {@link SchoolStatus#OTHER} with the kind of reason and the words (required for {@link LeavingReason#OTHER}).
     */
    public RegistryChange leave(SchoolStatus before, LeavingReason why, String words, ChangeStamp by) {
        if (why == null) {
            throw new RegistryRuleException("rollover.error.leavingReason");
        }
        String text = words == null || words.isBlank() ? null : words.strip();
        if (text == null && why.needsWords()) {
            throw new RegistryRuleException("rollover.error.leavingWords");
        }
        if (text != null && text.length() > MAX_REASON) {
            throw new RegistryRuleException("campaign.status.error.reasonLength", MAX_REASON);
        }
        this.status = SchoolStatus.OTHER;
        this.reason = text;
        this.leaving = why;
        this.decidedBy = by.username();
        this.decidedAt = by.at();
        return new RegistryChange(campaign, school, RegistryChange.Kind.LEFT_PROGRAMME, by,
                before == null ? null : before.name(), why.name(), text);
    }

    private void apply(SchoolStatus status, boolean proposedByRule, String reason, String decidedBy, Instant at) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why == null && departsFromProposal(status, proposedByRule)) {
            throw new RegistryRuleException(proposedByRule ? "campaign.status.error.reasonProposed"
                    : "campaign.status.error.reasonNotProposed");
        }
        if (why != null && why.length() > MAX_REASON) {
            throw new RegistryRuleException("campaign.status.error.reasonLength", MAX_REASON);
        }
        this.status = Objects.requireNonNull(status, "status");
        this.leaving = null;
        this.proposed = proposedByRule;
        this.reason = why;
        this.decidedBy = Objects.requireNonNull(decidedBy, "decidedBy");
        this.decidedAt = Objects.requireNonNull(at, "at");
    }

    /** Whether deciding {@code status} about a school departs from what the rule proposed. */
    public static boolean departsFromProposal(SchoolStatus status, boolean proposedByRule) {
        return proposedByRule != (status == SchoolStatus.LOW_RESULTS);
    }

    public Long getId() {
        return id;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public School getSchool() {
        return school;
    }

    public SchoolStatus getStatus() {
        return status;
    }

    public boolean isProposed() {
        return proposed;
    }

    public String getReason() {
        return reason;
    }

    /** Why the school left the programme in this campaign; empty while it did not. */
    public java.util.Optional<LeavingReason> leaving() {
        return java.util.Optional.ofNullable(leaving);
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
