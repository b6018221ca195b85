package ru.portal500.documents.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.portal500.registry.application.SupportedSchools;
import ru.portal500.tenancy.domain.School;
import org.primefaces.event.FileUploadEvent;
import ru.portal500.documents.application.DocumentBoard;
import ru.portal500.documents.application.DocumentUploads;
import ru.portal500.documents.domain.Document;
import ru.portal500.documents.storage.DocumentStorage;
import ru.portal500.shared.web.FacesMessages;
import ru.portal500.shared.web.Formats;
import ru.portal500.shared.web.LanguageBacking;
import ru.portal500.shared.i18n.Texts;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.io.UncheckedIOException;

/** Page {@code /app/documents.xhtml?campaign=2026&school=12}: a school's document board for a campaign. */
@Named
@ViewScoped
public class DocumentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SupportedSchools supportedSchools;

    @Inject
    DocumentBoard boards;

    @Inject
    DocumentUploads uploads;

    @Inject
    DocumentStorage storage;

    @Inject
    FacesMessages messages;

    @Inject
    LanguageBacking language;

    @Inject
    Formats formats;

    private Integer campaign;
    private transient List<School> ownSchools;
    private Long school;
    private String optionalType = "EVIDENCE";
    private transient DocumentBoard.Board board;
    private boolean unavailable;

    /**
     * View action: the board through the scoped service. A school that is not ШНОР/ШССУ in the campaign (a curator
     * school) is told in words on the page, as on the risk profile; a forged id still ends on the 404 page.
     */
    public void load() {
        unavailable = !messages.attempt(() -> {
            board = boards.of(school, campaign);
            school = board.school().getId();
            campaign = board.campaign().getSchoolYear();
        });
    }

    /** The board, or null when the school has none in the campaign (the page then shows only the message). */
    public DocumentBoard.Board getBoard() {
        if (board == null && !unavailable) {
            load();
        }
        return board;
    }

    public void upload(FileUploadEvent event) {
        String slot = (String) event.getComponent().getAttributes().get("slot");
        store(event, slot);
    }

    public void uploadOptional(FileUploadEvent event) {
        store(event, optionalType);
    }

    private void store(FileUploadEvent event, String slot) {
        messages.run(() -> {
            try (InputStream in = event.getFile().getInputStream()) {
                uploads.upload(school, campaign, slot, event.getFile().getFileName(), in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "documents.uploaded", event.getFile().getFileName());
        load();
    }

    /** "в. 2 · 12.03.2026 10:15 · 1,2 МБ". */
    public String latest(Document document) {
        return document.latest().map(v -> Texts.get(language.getLocale(), "documents.versionLine", v.getNumber(),
                formats.time(v.getUploadedAt()), formats.size(v.getSize()))).orElse("");
    }

    public long getMaxBytes() {
        return storage.maxBytes();
    }

    public String getTooLargeMessage() {
        return Texts.get(language.getLocale(), "documents.error.tooLargeClient", storage.maxBytes() / (1024 * 1024));
    }

    public Integer getCampaign() {
        return campaign;
    }

    public void setCampaign(Integer campaign) {
        this.campaign = campaign;
    }

    public Long getSchool() {
        return school;
    }

    public void setSchool(Long school) {
        this.school = school;
    }

    public String getOptionalType() {
        return optionalType;
    }

    public void setOptionalType(String optionalType) {
        this.optionalType = optionalType;
    }

    /** The schools the caller works with, for the choice at the top (shown when there are several). */
    public List<School> getOwnSchools() {
        if (ownSchools == null) {
            ownSchools = supportedSchools.ownSchools();
        }
        return ownSchools;
    }
}
