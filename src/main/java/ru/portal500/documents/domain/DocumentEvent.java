package ru.portal500.documents.domain;

import jakarta.persistence.Column;
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
import ru.portal500.shared.domain.ChangeStamp;

import java.time.Instant;

/** A line of a document's history: what happened, in which round and to which version, by whom, when. */
@Entity
@Table(name = "document_event")
public class DocumentEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "document_id", nullable = false, updatable = false)
    private Document document;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "actor_name", nullable = false, updatable = false)
    private String actorName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 32)
    private DocumentEventKind kind;

    @Column(name = "round_no", nullable = false, updatable = false)
    private int round;

    @Column(name = "version_no", updatable = false)
    private Integer versionNumber;

    @Column(updatable = false, length = 1000)
    private String detail;

    /** Its place in the document's history: events of one change share a time, and ids follow write order. */
    @Column(name = "sequence_no", nullable = false, updatable = false)
    private int sequence;

    protected DocumentEvent() {
    }

    DocumentEvent(Document document, int sequence, DocumentEventKind kind, int round, Integer versionNumber,
                  String detail, ChangeStamp by) {
        this.document = document;
        this.sequence = sequence;
        this.kind = kind;
        this.round = round;
        this.versionNumber = versionNumber;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
        this.actor = by.username();
        this.actorName = by.name();
        this.occurredAt = by.at();
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getActorName() {
        return actorName;
    }

    /** The portal's own work (a text extracted): its name is the portal's, in the reader's language. */
    public boolean isByPortal() {
        return PORTAL.equals(actor);
    }

    /** The login the portal's own work is recorded under. */
    public static final String PORTAL = "portal";

    public DocumentEventKind getKind() {
        return kind;
    }

    public int getRound() {
        return round;
    }

    public Integer getVersionNumber() {
        return versionNumber;
    }

    public String getDetail() {
        return detail;
    }
}
