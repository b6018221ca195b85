package ru.portal500.registry.domain;

import ru.portal500.shared.domain.ChangeStamp;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
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
import ru.portal500.shared.domain.InvalidRequestException;
import ru.portal500.shared.infrastructure.InstantConverter;
import ru.portal500.tenancy.domain.School;
import ru.portal500.tenancy.domain.SchoolScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static ru.portal500.registry.domain.RiskProfileChange.Kind;

/**
 * A school's risk profile (рисковый профиль) in one campaign: a significance per risk factor and the
 * factors the school chose to work on. Entered as a draft, verified by the curator; any change of a
 * significance after verification returns it to draft. The factors are chosen on a verified profile.
 * Every change is returned as lines of the profile's story. Visible within the same scope as its school.
 */
@Entity
@Table(name = "risk_profile")
@Customizer(SchoolScoped.class)
public class RiskProfile {

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
    private RiskProfileState state = RiskProfileState.DRAFT;

    @Column(name = "verified_by")
    private String verifiedBy;

    @Column(name = "verified_by_name")
    private String verifiedByName;

    @Convert(converter = InstantConverter.class)
    @Column(name = "verified_at")
    private Instant verifiedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "risk_profile_mark", joinColumns = @JoinColumn(name = "profile_id"))
    private List<FactorMark> marks = new ArrayList<>();

    /** How many lines the story has: each new line is numbered after it. */
    @Column(name = "story_length", nullable = false)
    private int storyLength;

    @Version
    private long version;

    protected RiskProfile() {
    }

    public RiskProfile(Campaign campaign, School school) {
        this.campaign = Objects.requireNonNull(campaign, "campaign");
        this.school = Objects.requireNonNull(school, "school");
    }

    /**
     * Sets the significance of each factor given (null clears it; a cleared factor is no longer chosen).
     * Factors not given keep theirs. A verified profile that changes returns to draft.
     */
    public List<RiskProfileChange> assess(Map<RiskFactor, Significance> significances, ChangeStamp stamp) {
        List<RiskProfileChange> changes = new ArrayList<>();
        significances.forEach((factor, wanted) -> {
            requireOffered(factor);
            Optional<FactorMark> mark = markOf(factor);
            Significance before = mark.map(FactorMark::getSignificance).orElse(null);
            if (before == wanted) {
                return;
            }
            if (wanted == null) {
                if (mark.get().isChosen()) {
                    changes.add(change(stamp, Kind.DROPPED, factor, null, null));
                }
                marks.remove(mark.get());
            } else if (mark.isPresent()) {
                marks.set(marks.indexOf(mark.get()), mark.get().withSignificance(wanted));
            } else {
                marks.add(new FactorMark(factor, wanted, false));
            }
            changes.add(change(stamp, Kind.SIGNIFICANCE, factor, before, wanted));
        });
        if (!changes.isEmpty() && state == RiskProfileState.VERIFIED) {
            state = RiskProfileState.DRAFT;
            verifiedBy = null;
            verifiedByName = null;
            verifiedAt = null;
            changes.add(change(stamp, Kind.RETURNED_TO_DRAFT, null, null, null));
        }
        return changes;
    }

    /** The curator's verification of a draft in which every offered factor has its significance. */
    public RiskProfileChange verify(Collection<RiskFactor> offered, ChangeStamp stamp) {
        if (state == RiskProfileState.VERIFIED) {
            throw new RegistryRuleException("risk.profile.error.verified");
        }
        List<String> missing = offered.stream().filter(f -> markOf(f).isEmpty())
                .map(f -> f.getPosition() + ". " + f.getTitle()).toList();
        if (!missing.isEmpty()) {
            throw new RegistryRuleException("risk.profile.error.incomplete", String.join("; ", missing));
        }
        state = RiskProfileState.VERIFIED;
        verifiedBy = stamp.username();
        verifiedByName = stamp.name();
        verifiedAt = stamp.at();
        return change(stamp, Kind.VERIFIED, null, null, null);
    }

    /**
     * The factors the school will work on (each needs a significance); the others are dropped. Only on a
     * verified profile: the choice follows the verified diagnosis, and does not reopen it.
     */
    public List<RiskProfileChange> choose(Set<RiskFactor> chosen, ChangeStamp stamp) {
        if (state != RiskProfileState.VERIFIED) {
            throw new RegistryRuleException("risk.profile.error.notVerified");
        }
        for (RiskFactor factor : chosen) {
            requireOffered(factor);
            if (markOf(factor).isEmpty()) {
                throw new RegistryRuleException("risk.profile.error.unassessed", factor.getTitle());
            }
        }
        List<RiskProfileChange> changes = new ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            FactorMark mark = marks.get(i);
            boolean wanted = chosen.contains(mark.getFactor());
            if (mark.isChosen() != wanted) {
                marks.set(i, mark.withChoice(wanted));
                changes.add(change(stamp, wanted ? Kind.CHOSEN : Kind.DROPPED, mark.getFactor(), null, null));
            }
        }
        return changes;
    }

    /** {@link #assess} with significances from a survey file; when anything changed, the story says so first. */
    public List<RiskProfileChange> assessFromSurvey(Map<RiskFactor, Significance> significances, ChangeStamp stamp) {
        RiskProfileChange imported = change(stamp, Kind.IMPORTED, null, null, null);
        List<RiskProfileChange> changes = assess(significances, stamp);
        if (changes.isEmpty()) {
            storyLength--;
            return changes;
        }
        List<RiskProfileChange> story = new ArrayList<>();
        story.add(imported);
        story.addAll(changes);
        return story;
    }

    private void requireOffered(RiskFactor factor) {
        if (!factor.belongsTo(campaign) || factor.isRetired()) {
            throw new IllegalArgumentException("Not an active factor of the profile's campaign: " + factor.getTitle());
        }
    }

    private RiskProfileChange change(ChangeStamp stamp, Kind kind, RiskFactor factor, Significance from,
                                     Significance to) {
        return new RiskProfileChange(this, ++storyLength, stamp, kind, factor, from, to);
    }

    public Optional<FactorMark> markOf(RiskFactor factor) {
        return marks.stream().filter(m -> m.getFactor().equals(factor)).findFirst();
    }

    /** The factors the school works on. */
    public Set<RiskFactor> chosen() {
        return marks.stream().filter(FactorMark::isChosen).map(FactorMark::getFactor)
                .collect(Collectors.toUnmodifiableSet());
    }

    public List<FactorMark> getMarks() {
        return List.copyOf(marks);
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

    public RiskProfileState getState() {
        return state;
    }

    public String getVerifiedBy() {
        return verifiedBy;
    }

    public String getVerifiedByName() {
        return verifiedByName;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }
}
