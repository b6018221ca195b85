package ru.portal500.documents.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import ru.portal500.documents.application.DocumentAccess;
import ru.portal500.documents.application.DocumentCheck;
import ru.portal500.documents.application.DocumentDownloads;
import ru.portal500.documents.application.DocumentUploads;
import ru.portal500.documents.domain.Document;
import ru.portal500.documents.domain.DocumentComment;
import ru.portal500.documents.domain.DocumentRights;
import ru.portal500.documents.extraction.DiffView;
import ru.portal500.shared.domain.NoSuchResourceException;
import ru.portal500.shared.web.FacesMessages;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;

/** Page {@code /app/document.xhtml?id=12}: a document, its versions, the check, comments and history. */
@Named
@ViewScoped
public class DocumentBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DocumentAccess access;

    @Inject
    DocumentCheck check;

    @Inject
    DocumentUploads uploads;

    @Inject
    DocumentDownloads downloads;

    @Inject
    FacesMessages messages;

    @Inject
    ru.portal500.shared.web.Formats formats;

    private String id;
    private long documentId;
    private transient Document document;
    private DocumentRights rights;
    private String comment;
    private Long replyTo;
    private String returnReason;
    private Integer diffFrom;
    private Integer diffTo;
    private DiffView diff;
    private DocumentCheck.Checkers checkers;

    public void load() {
        try {
            documentId = Long.parseLong(id == null ? "" : id.strip());
        } catch (NumberFormatException e) {
            throw new NoSuchResourceException();
        }
        reload();
        int versions = document.getVersions().size();
        diffTo = versions;
        diffFrom = Math.max(1, versions - 1);
    }

    private void reload() {
        DocumentAccess.Found found = access.document(documentId);
        document = found.document();
        rights = found.rights();
    }

    public Document getDocument() {
        if (document == null) {
            reload();
        }
        return document;
    }

    /** Submits, and says who will check it: the curators, or the coordinators while the school has none. */
    public void submit() {
        if (messages.attempt(() -> checkers = check.checkers(documentId))) {
            act(() -> check.submit(documentId), checkers.messageKey(), checkers.names());
        }
    }

    public void approve() {
        act(() -> check.approve(documentId), "documents.approved");
    }

    public void returnForRevision() {
        if (act(() -> check.returnForRevision(documentId, returnReason), "documents.returned")) {
            returnReason = null;
        }
    }

    public void comment() {
        if (act(() -> check.comment(documentId, comment, replyTo), "documents.commented")) {
            comment = null;
            replyTo = null;
        }
    }

    public void reply(DocumentComment to) {
        replyTo = to.getId();
    }

    public void upload(FileUploadEvent event) {
        act(() -> {
            try (InputStream in = event.getFile().getInputStream()) {
                uploads.upload(documentId, event.getFile().getFileName(), in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "documents.uploaded", event.getFile().getFileName());
    }

    public void compare() {
        if (diffFrom != null && diffTo != null) {
            messages.attempt(() -> diff = DiffView.of(downloads.diff(documentId, diffFrom, diffTo)));
        }
    }

    /** The history as CSV (UTF-8 with BOM, ";"), for the file a coordinator keeps. */
    public StreamedContent getHistoryCsv() {
        byte[] csv = DocumentHistoryCsv.of(getDocument(), formats);
        return DefaultStreamedContent.builder().name(formats.text("documents.history.fileName", String.valueOf(documentId)) + ".csv")
                .contentType("text/csv; charset=UTF-8").stream(() -> new ByteArrayInputStream(csv)).build();
    }

    private boolean act(Runnable action, String successKey, Object... arguments) {
        boolean done = messages.run(action, successKey, arguments);
        reload();
        return done;
    }

    /** Comments that answer nobody, in order; answers are listed under their comment. */
    public List<DocumentComment> getThreads() {
        return getDocument().getComments().stream().filter(c -> c.getParent() == null).toList();
    }

    public List<DocumentComment> answersTo(DocumentComment comment) {
        return getDocument().getComments().stream().filter(c -> c.getParent() != null
                && c.getParent().getId().equals(comment.getId())).toList();
    }

    public DocumentRights getRights() {
        if (rights == null) {
            reload();
        }
        return rights;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public Long getReplyTo() {
        return replyTo;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public void setReturnReason(String returnReason) {
        this.returnReason = returnReason;
    }

    public Integer getDiffFrom() {
        return diffFrom;
    }

    public void setDiffFrom(Integer diffFrom) {
        this.diffFrom = diffFrom;
    }

    public Integer getDiffTo() {
        return diffTo;
    }

    public void setDiffTo(Integer diffTo) {
        this.diffTo = diffTo;
    }

    public DiffView getDiff() {
        return diff;
    }
}
