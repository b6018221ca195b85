package ru.portal500.similarity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.shared.infrastructure.InstantConverter;

import java.time.Instant;
import java.util.Objects;

/**
 * A decision about a near-copy: of the text looked at ({@code textKey}) and the other it shares much with, the reuse
 * accepted as legitimate or the text returned to its author, with the reason (required: whoever reads the
 * decision later must know why), who decided and when. Deciding again replaces the verdict and the reason.
 */
@Entity
@Table(name = "near_copy_decision")
public class CopyDecision {

    /** The longest reason kept. */
    public static final int MAX_REASON = 2_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "text_key", nullable = false, updatable = false, length = 64)
    private String textKey;

    @Column(name = "other_key", nullable = false, updatable = false, length = 64)
    private String otherKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CopyVerdict verdict;

    @Column(nullable = false, length = MAX_REASON)
    private String reason;

    @Column(name = "decided_by", nullable = false, length = 100)
    private String decidedBy;

    @Column(name = "decided_by_name", nullable = false, length = 300)
    private String decidedByName;

    @Convert(converter = InstantConverter.class)
    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Version
    private long version;

    protected CopyDecision() {
    }

    /** A first decision about the pair. */
    public CopyDecision(TextKey text, TextKey other, CopyVerdict verdict, String reason, ChangeStamp stamp) {
        if (text.equals(other)) {
            throw new IllegalArgumentException("a text is not a copy of itself: " + text);
        }
        this.textKey = text.toString();
        this.otherKey = other.toString();
        decide(verdict, reason, stamp);
    }

    /** Decides again: the verdict, the reason, who and when are the new ones. */
    public void decide(CopyVerdict verdict, String reason, ChangeStamp stamp) {
        String cleaned = reason == null ? "" : reason.strip();
        if (cleaned.isEmpty()) {
            throw new SimilarityRuleException("similarity.error.reasonRequired");
        }
        if (cleaned.length() > MAX_REASON) {
            throw new SimilarityRuleException("similarity.error.reasonTooLong", MAX_REASON);
        }
        this.verdict = Objects.requireNonNull(verdict, "verdict");
        this.reason = cleaned;
        this.decidedBy = stamp.username();
        this.decidedByName = stamp.name();
        this.decidedAt = stamp.at();
    }

    /** Whether the decision is the person's (by login). */
    public boolean isBy(String username) {
        return username != null && username.equals(decidedBy);
    }

    public TextKey text() {
        return TextKey.parse(textKey);
    }

    public TextKey other() {
        return TextKey.parse(otherKey);
    }

    public CopyVerdict getVerdict() {
        return verdict;
    }

    public String getReason() {
        return reason;
    }

    public String getDecidedByName() {
        return decidedByName;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
