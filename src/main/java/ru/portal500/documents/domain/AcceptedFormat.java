package ru.portal500.documents.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The document formats an upload may be, recognised by content. Anything else (an archive, a program, a
 * web page, an image, a macro-enabled Office file…) is refused, whatever its name says.
 */
public enum AcceptedFormat {

    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    DOC("application/msword", "doc"),
    PDF("application/pdf", "pdf"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    RTF("application/rtf", "rtf"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    TEXT("text/plain", "txt"),
    /**
     * A password-protected DOCX, XLSX or PPTX: an Office container that cannot tell which of the three it
     * is until it is decrypted. Accepted and stored (it is the school's document); its text cannot be
     * extracted ({@code ExtractionFailure.ENCRYPTED}).
     */
    ENCRYPTED_OFFICE("application/x-tika-ooxml-protected", "docx");

    private final String mediaType;
    private final String extension;

    AcceptedFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The format of a detected media type (parameters such as {@code ; charset=…} are ignored). */
    public static Optional<AcceptedFormat> of(String mediaType) {
        String base = baseType(mediaType);
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(base)).findFirst();
    }

    /** {@code type/subtype} in lower case, without parameters. */
    public static String baseType(String mediaType) {
        if (mediaType == null) {
            return "";
        }
        int semicolon = mediaType.indexOf(';');
        return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).trim().toLowerCase(java.util.Locale.ROOT);
    }

    /** The media type to store and to send with downloads ({@code Content-Type}). */
    public String mediaType() {
        return mediaType;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** Whether browsers show it inline (a preview) rather than save it. */
    public boolean previewable() {
        return this == PDF;
    }
}
