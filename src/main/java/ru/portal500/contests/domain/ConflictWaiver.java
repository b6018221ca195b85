package ru.portal500.contests.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import ru.portal500.contests.judging.ConflictOverride;
import ru.portal500.contests.judging.ConflictReason;
import ru.portal500.shared.infrastructure.InstantConverter;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The organiser's override of a juror's conflicts of interest with an entry, as stored: the rules'
 * {@link ConflictOverride} (which conflicts, why, who, when). It goes into the protocol.
 */
@Entity
@Table(name = "contest_conflict_override")
@AdditionalCriteria("this.entry.contest.region.code IN :scopeRegions")
public class ConflictWaiver {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "entry_id", nullable = false, updatable = false)
    private ContestEntry entry;

    @Column(nullable = false, updatable = false)
    private String juror;

    @Column(nullable = false, updatable = false, length = 200)
    private String conflicts;

    @Column(nullable = false, updatable = false, length = 2000)
    private String reason;

    @Column(name = "granted_by", nullable = false, updatable = false)
    private String grantedBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "granted_at", nullable = false, updatable = false)
    private Instant grantedAt;

    protected ConflictWaiver() {
    }

    public ConflictWaiver(ContestEntry entry, ConflictOverride override) {
        this.entry = Objects.requireNonNull(entry, "entry");
        if (override.entryId() != entry.getId()) {
            throw new IllegalArgumentException("override of entry " + override.entryId() + " for " + entry.getId());
        }
        if (override.reason().length() > 2000) {
            throw new ContestRuleException("contests.review.error.reason", 2000);
        }
        this.juror = override.juror();
        this.conflicts = override.overridden().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.reason = override.reason();
        this.grantedBy = override.grantedBy();
        this.grantedAt = override.grantedAt();
    }

    /** The override as the rules read it. */
    public ConflictOverride override() {
        EnumSet<ConflictReason> reasons = EnumSet.noneOf(ConflictReason.class);
        Arrays.stream(conflicts.split(",")).filter(s -> !s.isBlank()).map(ConflictReason::valueOf)
                .forEach(reasons::add);
        return new ConflictOverride(entry.getId(), juror, reasons, reason, grantedBy, grantedAt);
    }

    public Long getId() {
        return id;
    }

    public ContestEntry getEntry() {
        return entry;
    }

    public String getJuror() {
        return juror;
    }
}
