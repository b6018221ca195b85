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
import ru.portal500.shared.infrastructure.InstantConverter;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An author of an entry: a person of the entering school, by login and name, and when they agreed to the case's
 * publication under their name (their own act; until then the bank names them not). Changed through its entry.
 */
@Entity
@Table(name = "contest_entry_author")
@AdditionalCriteria("this.entry.contest.region.code IN :scopeRegions")
public class EntryAuthor {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "entry_id", nullable = false, updatable = false)
    private ContestEntry entry;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "full_name", nullable = false, updatable = false)
    private String fullName;

    @Convert(converter = InstantConverter.class)
    @Column(name = "consent_at")
    private Instant consentAt;

    protected EntryAuthor() {
    }

    EntryAuthor(ContestEntry entry, int position, String username, String fullName) {
        this.entry = Objects.requireNonNull(entry, "entry");
        this.position = position;
        this.username = Objects.requireNonNull(username, "username");
        this.fullName = Objects.requireNonNull(fullName, "fullName");
    }

    void moveTo(int newPosition) {
        this.position = newPosition;
    }

    void consent(Instant at) {
        if (consentAt == null) {
            consentAt = Objects.requireNonNull(at, "at");
        }
    }

    void withdrawConsent() {
        consentAt = null;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public Optional<Instant> getConsentAt() {
        return Optional.ofNullable(consentAt);
    }

    public boolean isConsented() {
        return consentAt != null;
    }
}
