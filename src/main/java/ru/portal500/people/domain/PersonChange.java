package ru.portal500.people.domain;

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
import ru.portal500.shared.infrastructure.InstantConverter;

import java.time.Instant;
import java.util.Objects;

/** One line of a person record's history: what changed, from what to what, who changed it, when. Never changes. */
@Entity
@Table(name = "person_change")
public class PersonChange {

    private static final int MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private PersonRecord person;

    @Convert(converter = InstantConverter.class)
    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, updatable = false)
    private String changedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private PersonField field;

    @Column(name = "old_value", updatable = false)
    private String oldValue;

    @Column(name = "new_value", updatable = false)
    private String newValue;

    protected PersonChange() {
    }

    PersonChange(PersonRecord person, PersonField field, String oldValue, String newValue, String changedBy,
                 Instant changedAt) {
        this.person = Objects.requireNonNull(person, "person");
        this.field = Objects.requireNonNull(field, "field");
        this.oldValue = clip(oldValue);
        this.newValue = clip(newValue);
        this.changedBy = Objects.requireNonNull(changedBy, "changedBy");
        this.changedAt = Objects.requireNonNull(changedAt, "changedAt");
    }

    private static String clip(String value) {
        return value == null || value.length() <= MAX ? value : value.substring(0, MAX);
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public PersonField getField() {
        return field;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }
}
