package ru.portal500.registry.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Customizer;
import ru.portal500.identity.domain.Person;
import ru.portal500.tenancy.domain.Scope;
import ru.portal500.shared.domain.InvalidRequestException;
import ru.portal500.shared.infrastructure.InstantConverter;
import ru.portal500.tenancy.domain.School;
import ru.portal500.tenancy.domain.SchoolScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A pair of the set-up stage: in one campaign, a ШНОР or ШССУ school and the curator school
 * (школа-куратор) that helps it, with the people named to help (curators, mentors, tutors). A school
 * has at most one pair per campaign; a curator school may curate several schools. Visible within the
 * scope of the supported school.
 */
@Entity
@Table(name = "curator_pair")
@Customizer(SchoolScoped.class)
public class CuratorPair {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "campaign_id", nullable = false, updatable = false)
    private Campaign campaign;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "school_id", nullable = false, updatable = false)
    private School school;

    /** By id, not as a relation: the curator school may be outside the scope of someone who sees the pair. */
    @Column(name = "curator_school_id", nullable = false)
    private Long curatorSchoolId;

    @Column(name = "formed_by", nullable = false)
    private String formedBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "formed_at", nullable = false)
    private Instant formedAt;

    /** The network agreement (соглашение о сетевом взаимодействии), once documents exist; none yet. */
    @Column(name = "agreement_document_id")
    private Long agreementDocumentId;

    @OneToMany(mappedBy = "pair", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<PairHelper> helpers = new ArrayList<>();

    @Version
    private long version;

    protected CuratorPair() {
    }

    /**
     * Pairs a supported school (ШНОР/ШССУ in the campaign) with a curator school of the same region
     * that is not itself supported in the campaign ({@code curatorStatus}: its status there, or null).
     */
    public CuratorPair(CampaignSchool supported, School curatorSchool, SchoolStatus curatorStatus, String formedBy,
                       Instant formedAt) {
        if (!supported.getStatus().isSupported()) {
            throw new RegistryRuleException("pairs.error.notSupported", supported.getSchool().getName());
        }
        this.campaign = supported.getCampaign();
        this.school = supported.getSchool();
        assignCurator(curatorSchool, curatorStatus);
        this.formedBy = Objects.requireNonNull(formedBy, "formedBy");
        this.formedAt = Objects.requireNonNull(formedAt, "formedAt");
    }

    /**
     * The standing to record for a curator school that had none in the campaign: it becomes a curator
     * school (no reason needed: the rule never proposes curator schools). A school with a status keeps it.
     */
    public static Optional<CampaignSchool> curatorStanding(Campaign campaign, School curatorSchool,
                                                           Optional<CampaignSchool> existing, String by, Instant at) {
        if (existing.isPresent()) {
            return Optional.empty();
        }
        CampaignSchool standing = new CampaignSchool(campaign, curatorSchool);
        standing.decide(SchoolStatus.CURATOR_SCHOOL, false, null, by, at);
        return Optional.of(standing);
    }

    /**
     * Re-pairs the school with another curator school. Helpers who no longer fit (curators of the
     * former curator school, people gone from the region) leave the pair; they are returned.
     */
    public List<PairHelper> changeCurator(School curatorSchool, SchoolStatus curatorStatus,
                                          Function<PairHelper, Optional<Person>> people) {
        assignCurator(curatorSchool, curatorStatus);
        List<PairHelper> leaving = helpers.stream()
                .filter(h -> people.apply(h).filter(p -> h.getFunction().fits(p, curatorSchool.scope())).isEmpty())
                .toList();
        helpers.removeAll(leaving);
        return leaving;
    }

    private void assignCurator(School curatorSchool, SchoolStatus curatorStatus) {
        if (curatorSchool.equals(school)) {
            throw new RegistryRuleException("pairs.error.self", school.getName());
        }
        if (!curatorSchool.getMunicipality().getRegion().equals(school.getMunicipality().getRegion())) {
            throw new RegistryRuleException("pairs.error.otherRegion", curatorSchool.getName());
        }
        if (curatorStatus != null && curatorStatus.isSupported()) {
            throw new RegistryRuleException("pairs.error.curatorSupported", curatorSchool.getName());
        }
        this.curatorSchoolId = curatorSchool.getId();
    }

    /**
     * Names a person to help; they must not be named for it already. A curator may be anyone with an account
     * in the portal (usually of the curator school; the coordinator decides); a mentor or tutor must take
     * part in the region ({@link HelperFunction#fits}). {@code grantsCuratorRole}: naming them grants the
     * curator role at the school.
     */
    public PairHelper name(HelperFunction function, Person person, Scope curatorSchool, boolean grantsCuratorRole,
                           String by, Instant at) {
        if (function != HelperFunction.CURATOR && !function.fits(person, curatorSchool)) {
            throw new RegistryRuleException(function.refusalKey(), person.username());
        }
        if (helper(function, person.username()).isPresent()) {
            throw new RegistryRuleException("pairs.error.helperNamed", person.username());
        }
        PairHelper helper = new PairHelper(this, function, person, grantsCuratorRole, by, at);
        helpers.add(helper);
        return helper;
    }

    /**
     * The curator role at the school was handed over from the person of {@code leaving} to {@code successor}: the
     * successor takes their place on the pair, with whether the pair granted the role; a successor named already
     * stays as named, and the leaving one just goes. Returns the successor's place on the pair.
     */
    public PairHelper handOverCurator(PairHelper leaving, Person successor, String by, Instant at) {
        if (leaving.getFunction() != HelperFunction.CURATOR || !helpers.contains(leaving)) {
            throw new IllegalArgumentException("Not a curator of this pair: " + leaving.getUsername());
        }
        helpers.remove(leaving);
        Optional<PairHelper> named = helper(HelperFunction.CURATOR, successor.username());
        if (named.isPresent()) {
            named.get().takeRoleFrom(leaving);
            return named.get();
        }
        PairHelper helper = new PairHelper(this, HelperFunction.CURATOR, successor, leaving.isGrantsCuratorRole(), by, at);
        helpers.add(helper);
        return helper;
    }

    public Optional<PairHelper> helper(HelperFunction function, String username) {
        return helpers.stream().filter(h -> h.getFunction() == function && h.getUsername().equalsIgnoreCase(username))
                .findFirst();
    }

    public void remove(PairHelper helper) {
        helpers.remove(helper);
    }

    /** A pair is dissolved only once nobody is named on it any more: removing them is a decision of its own. */
    public void requireDissolvable() {
        if (!helpers.isEmpty()) {
            throw new RegistryRuleException("pairs.error.helpersRemain", school.getName());
        }
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

    public Long getCuratorSchoolId() {
        return curatorSchoolId;
    }

    public String getFormedBy() {
        return formedBy;
    }

    public Instant getFormedAt() {
        return formedAt;
    }

    public Long getAgreementDocumentId() {
        return agreementDocumentId;
    }

    /** Curators first, then mentors, then tutors; by name within each. */
    public List<PairHelper> getHelpers() {
        return helpers.stream().sorted(Comparator.comparing(PairHelper::getFunction)
                .thenComparing(PairHelper::getDisplayName)).toList();
    }
}
