package ru.portal500.documents.api;

import ru.portal500.documents.application.DocumentBoard;
import ru.portal500.documents.domain.Document;
import ru.portal500.documents.domain.DocumentComment;
import ru.portal500.documents.domain.DocumentEvent;
import ru.portal500.documents.domain.DocumentVersion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The documents API's JSON shapes. */
public final class DocumentViews {

    private DocumentViews() {
    }

    /** A document in lists. */
    public record Summary(long id, String slot, String type, String title, String state, int round, LocalDate due,
                   Integer latestVersion, String school, String municipality, Instant submittedAt) {
        static Summary of(Document d) {
            return new Summary(d.getId(), d.getSlot(), d.getType().getCode(), d.getTitle(), d.getState().name(),
                    d.getRound(), d.getDue(), d.latest().map(DocumentVersion::getNumber).orElse(null),
                    d.getSchool().getCode(), d.getSchool().getMunicipality().getCode(), d.getSubmittedAt());
        }
    }

    /** A line of the board: what is owed, and the document filling it if any. */
    public record Owed(String slot, String type, String title, LocalDate due, String urgency, Summary document) {
        static Owed of(DocumentBoard.Row row) {
            return new Owed(row.due().slot(), row.due().type().getCode(), row.due().title(), row.due().due(),
                    row.urgency().name(), row.document() == null ? null : Summary.of(row.document()));
        }
    }

    /** A version just uploaded. */
    public record Uploaded(long document, int version, String fileName, String mediaType, long size, String extraction) {
        static Uploaded of(DocumentVersion v) {
            return new Uploaded(v.getDocument().getId(), v.getNumber(), v.getFileName(), v.getMediaType(), v.getSize(),
                    v.getExtraction().name());
        }
    }

    public record Board(String school, int campaign, List<Owed> owed, List<Summary> others) {
        static Board of(DocumentBoard.Board board) {
            return new Board(board.school().getName(), board.campaign().getSchoolYear(),
                    board.owed().stream().map(Owed::of).toList(), board.others().stream().map(Summary::of).toList());
        }
    }

    /**
     * A version: {@code extractionError} is the bundle key of the reason its text was not extracted;
     * {@code textLayerMissing} says the text came out empty (a scan: it needs a text version or recognition);
     * {@code activeContent} what the file can do beyond being read (a PDF's JAVASCRIPT, LAUNCH_ACTION,
     * EMBEDDED_FILE, or NOT_INSPECTED), such a file only ever downloaded.
     */
    public record Version(int number, String fileName, String mediaType, long size, String uploadedBy, Instant uploadedAt,
                   String extraction, String extractionError, boolean textTruncated, boolean textLayerMissing,
                   List<String> activeContent) {
        static Version of(DocumentVersion v) {
            return new Version(v.getNumber(), v.getFileName(), v.getMediaType(), v.getSize(), v.getUploadedByName(),
                    v.getUploadedAt(), v.getExtraction().name(), v.getExtractionError(), v.isTextTruncated(),
                    v.isTextLayerMissing(), v.getActiveContent().stream().map(Enum::name).toList());
        }
    }

    public record Comment(long id, int round, Long parentId, String author, Instant at, String text) {
        static Comment of(DocumentComment c) {
            return new Comment(c.getId(), c.getRound(), c.getParent() == null ? null : c.getParent().getId(),
                    c.getAuthorName(), c.getWrittenAt(), c.getBody());
        }
    }

    public record Event(Instant at, String actor, String kind, int round, Integer version, String detail) {
        static Event of(DocumentEvent e) {
            return new Event(e.getOccurredAt(), e.getActorName(), e.getKind().name(), e.getRound(),
                    e.getVersionNumber(), e.getDetail());
        }
    }

    public record Full(Summary document, List<Version> versions, List<Comment> comments, List<Event> history) {
        static Full of(Document d) {
            return new Full(Summary.of(d), d.getVersions().stream().map(Version::of).toList(),
                    d.getComments().stream().map(Comment::of).toList(),
                    d.getEvents().stream().map(Event::of).toList());
        }
    }
}
