package ru.portal500.documents.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import ru.portal500.shared.domain.ChangeStamp;

import java.time.Instant;

/** A comment on a document in a round of the check, possibly an answer to another (threads). */
@Entity
@Table(name = "document_comment")
public class DocumentComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "document_id", nullable = false, updatable = false)
    private Document document;

    @Column(name = "round_no", nullable = false, updatable = false)
    private int round;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id", updatable = false)
    private DocumentComment parent;

    @Column(nullable = false, updatable = false)
    private String author;

    @Column(name = "author_name", nullable = false, updatable = false)
    private String authorName;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    @Column(nullable = false, updatable = false, length = Document.MAX_COMMENT)
    private String body;

    protected DocumentComment() {
    }

    DocumentComment(Document document, int round, DocumentComment parent, String body, ChangeStamp by) {
        this.document = document;
        this.round = round;
        this.parent = parent;
        this.body = body;
        this.author = by.username();
        this.authorName = by.name();
        this.writtenAt = by.at();
    }

    public Long getId() {
        return id;
    }

    Document getDocument() {
        return document;
    }

    public int getRound() {
        return round;
    }

    public DocumentComment getParent() {
        return parent;
    }

    public String getAuthor() {
        return author;
    }

    public String getAuthorName() {
        return authorName;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public String getBody() {
        return body;
    }
}
