package ru.portal500.identity.domain;

import ru.portal500.tenancy.domain.Scope;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.AdditionalCriteria;

import java.time.Instant;
import java.util.Objects;

/**
 * One security event: who (if known), what, in which region and scope, on what, from where.
 * Entries are written once and never changed. A region's entries are visible only within it.
 */
@Entity
@Table(name = "audit_event")
@AdditionalCriteria("this.regionCode IN :scopeWholeRegions")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 32)
    private AuditEventType type;

    @Column(name = "actor_subject", updatable = false, length = 64)
    private String actorSubject;

    @Column(name = "actor_username", updatable = false)
    private String actorUsername;

    @Column(name = "region_code", updatable = false, length = 16)
    private String regionCode;

    @Column(name = "scope_path", updatable = false)
    private String scopePath;

    @Column(updatable = false)
    private String target;

    @Column(updatable = false, length = 1000)
    private String detail;

    @Column(name = "client_address", updatable = false, length = 64)
    private String clientAddress;

    protected AuditEvent() {
    }

    public AuditEvent(Instant occurredAt, AuditEventType type, Caller actor, Scope scope, String target,
                      String detail, String clientAddress) {
        this(occurredAt, type, actor, scope == null ? null : scope.region(), scope, target, detail, clientAddress);
    }

    /** An entry shown in {@code regionCode} about something in {@code scope} (a refusal in another region). */
    public AuditEvent(Instant occurredAt, AuditEventType type, Caller actor, String regionCode, Scope scope,
                      String target, String detail, String clientAddress) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.type = Objects.requireNonNull(type, "type");
        if (actor != null && actor.isAuthenticated()) {
            this.actorSubject = actor.getSubject();
            this.actorUsername = actor.getUsername();
        }
        this.regionCode = regionCode;
        this.scopePath = scope == null ? null : scope.groupPath();
        this.target = clip(target, 255);
        this.detail = clip(detail, 1000);
        this.clientAddress = clip(clientAddress, 64);
    }

    private static String clip(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public AuditEventType getType() {
        return type;
    }

    public String getActorSubject() {
        return actorSubject;
    }

    public String getActorUsername() {
        return actorUsername;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getScopePath() {
        return scopePath;
    }

    public String getTarget() {
        return target;
    }

    public String getDetail() {
        return detail;
    }

    public String getClientAddress() {
        return clientAddress;
    }
}
