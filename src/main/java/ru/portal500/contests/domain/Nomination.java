package ru.portal500.contests.domain;

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
import org.eclipse.persistence.annotations.AdditionalCriteria;
import ru.portal500.contests.judging.NominationQuota.NominationClosure;
import ru.portal500.expertise.domain.ChecklistVersion;
import ru.portal500.shared.infrastructure.InstantConverter;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A nomination of a contest: its title, its place in the contest's list and, optionally, the region's checklist
 * version its entries are scored with. Entries name their nomination; changed only through its contest.
 */
@Entity
@Table(name = "contest_nomination")
@AdditionalCriteria("this.contest.region.code IN :scopeRegions")
public class Nomination {

    public static final int MAX_TITLE = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "contest_id", nullable = false, updatable = false)
    private Contest contest;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "checklist_id")
    private ChecklistVersion checklist;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private NominationClosure.Kind closure;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_into_id")
    private Nomination mergedInto;

    @Column(name = "closed_reason", length = 2000)
    private String closedReason;

    @Column(name = "closed_by")
    private String closedBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "closed_at")
    private Instant closedAt;

    protected Nomination() {
    }

    Nomination(Contest contest, int position, String title, ChecklistVersion checklist) {
        this.contest = Objects.requireNonNull(contest, "contest");
        this.position = position;
        this.title = requireTitle(title);
        this.checklist = checklist;
    }

    static String requireTitle(String title) {
        String clean = title == null ? "" : title.strip();
        if (clean.isEmpty() || clean.length() > MAX_TITLE) {
            throw new ContestRuleException("contests.error.nominationTitle", MAX_TITLE);
        }
        return clean;
    }

    void rename(String newTitle) {
        this.title = requireTitle(newTitle);
    }

    void scoreWith(ChecklistVersion version) {
        this.checklist = version;
    }

    void moveTo(int newPosition) {
        this.position = newPosition;
    }

    /** Merged into another nomination (named) or cancelled, as the organiser decided. */
    void close(NominationClosure decision, Nomination into) {
        this.closure = decision.kind();
        this.mergedInto = into;
        this.closedReason = decision.reason();
        this.closedBy = decision.decidedBy();
        this.closedAt = decision.decidedAt();
    }

    /** Whether the nomination takes part in the contest: neither merged into another nor cancelled. */
    public boolean isOpen() {
        return closure == null;
    }

    /** What became of a closed nomination; empty while it is open. */
    public Optional<NominationClosure.Kind> getClosure() {
        return Optional.ofNullable(closure);
    }

    /** The nomination a merged one went into. */
    public Optional<Nomination> getMergedInto() {
        return Optional.ofNullable(mergedInto);
    }

    public String getClosedReason() {
        return closedReason;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Long getId() {
        return id;
    }

    public Contest getContest() {
        return contest;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public ChecklistVersion getChecklist() {
        return checklist;
    }
}
