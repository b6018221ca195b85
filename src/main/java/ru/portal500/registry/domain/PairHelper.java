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
import ru.portal500.identity.domain.Person;
import ru.portal500.shared.infrastructure.InstantConverter;
import ru.portal500.tenancy.domain.SchoolScoped;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A person named on a pair: curator, mentor or tutor, with their login and their name at the time.
 * Visible with its pair.
 */
@Entity
@Table(name = "pair_helper")
@Customizer(SchoolScoped.class)
@SchoolScoped.Path("this.pair.school")
public class PairHelper {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "pair_id", nullable = false, updatable = false)
    private CuratorPair pair;

    @Enumerated(EnumType.STRING)
    @Column(name = "helper_function", nullable = false, length = 16, updatable = false)
    private HelperFunction helperFunction;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    /** This pair granted the person the curator role at its school, and revokes it when they leave. */
    @Column(name = "grants_curator_role", nullable = false)
    private boolean grantsCuratorRole;

    @Column(name = "named_by", nullable = false, updatable = false)
    private String namedBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "named_at", nullable = false, updatable = false)
    private Instant namedAt;

    @Version
    private long version;

    protected PairHelper() {
    }

    PairHelper(CuratorPair pair, HelperFunction function, Person person, boolean grantsCuratorRole, String namedBy,
               Instant namedAt) {
        this.pair = Objects.requireNonNull(pair, "pair");
        this.helperFunction = Objects.requireNonNull(function, "function");
        this.username = person.username();
        this.displayName = person.fullName();
        this.grantsCuratorRole = function == HelperFunction.CURATOR && grantsCuratorRole;
        this.namedBy = Objects.requireNonNull(namedBy, "namedBy");
        this.namedAt = Objects.requireNonNull(namedAt, "namedAt");
    }

    /**
     * A curator leaves a pair: whether their curator role at the school goes too. A role they held before
     * they were named stays. A role this pair granted passes to another pair of the same school still
     * naming them as curator (another campaign's); with none left, it is revoked.
     */
    public static boolean releasesCuratorRole(PairHelper leaving, List<PairHelper> stillNaming) {
        if (!leaving.grantsCuratorRole) {
            return false;
        }
        List<PairHelper> others = stillNaming.stream().filter(h -> h != leaving).toList();
        if (others.isEmpty()) {
            return true;
        }
        others.get(0).grantsCuratorRole = true;
        return false;
    }

    /** The role this helper's predecessor held through the pair is now held through this helper. */
    void takeRoleFrom(PairHelper predecessor) {
        grantsCuratorRole = grantsCuratorRole || predecessor.grantsCuratorRole;
    }

    public Long getId() {
        return id;
    }

    public CuratorPair getPair() {
        return pair;
    }

    public HelperFunction getFunction() {
        return helperFunction;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public boolean isGrantsCuratorRole() {
        return grantsCuratorRole;
    }

    public String getNamedBy() {
        return namedBy;
    }

    public Instant getNamedAt() {
        return namedAt;
    }
}
