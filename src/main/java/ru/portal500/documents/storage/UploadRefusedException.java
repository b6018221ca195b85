package ru.portal500.documents.storage;

import ru.portal500.documents.domain.AcceptedFormat;
import ru.portal500.shared.domain.InvalidRequestException;

import java.util.Locale;
import java.util.Set;

/**
 * An upload the store refused; nothing was written. It answers 400 with a precise Russian message (the
 * key and arguments of the portal's bundle), and says why in {@link #reason()} for code that must tell
 * the cases apart.
 */
public class UploadRefusedException extends InvalidRequestException {

    /** Why an upload was refused. */
    public enum Reason {
        /** The file has no bytes. */
        EMPTY,
        /** The file is longer than the limit. */
        TOO_LARGE,
        /** The content is not one of the {@link AcceptedFormat}s, whatever the file's name says. */
        NOT_ACCEPTED,
        /** The file's name cannot be kept (it hides a part behind a NUL character). */
        BAD_NAME
    }

    private static final long MEGABYTE = 1024L * 1024L;
    private static final Set<String> EXECUTABLES = Set.of("application/x-msdownload", "application/x-dosexec",
            "application/x-executable", "application/x-elf", "application/x-sharedlib", "application/x-object",
            "application/x-coredump", "application/x-msi", "application/java-archive", "application/java-vm",
            "application/x-sh", "application/x-bat", "application/x-ms-shortcut", "application/vnd.microsoft.portable-executable");
    private static final Set<String> ARCHIVES = Set.of("application/zip", "application/x-rar-compressed",
            "application/x-7z-compressed", "application/gzip", "application/x-gzip", "application/x-tar",
            "application/x-bzip2", "application/x-xz", "application/zstd", "application/x-tika-ooxml");
    private static final Set<String> WEB_PAGES = Set.of("text/html", "application/xhtml+xml", "text/javascript",
            "application/javascript", "image/svg+xml", "application/x-httpd-php");

    private final Reason reason;

    private UploadRefusedException(Reason reason, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.reason = reason;
    }

    /** «Файл пустой (0 байт)…» */
    public static UploadRefusedException empty() {
        return new UploadRefusedException(Reason.EMPTY, "documents.error.empty");
    }

    /** «Файл больше допустимых {0} МБ…»; the limit is shown in megabytes. */
    public static UploadRefusedException tooLarge(long maxBytes) {
        return new UploadRefusedException(Reason.TOO_LARGE, "documents.error.tooLarge", (double) maxBytes / MEGABYTE);
    }

    /**
     * «Содержимое файла — исполняемая программа (application/x-msdownload), а не документ…»: the kind of
     * content said in words (a program, an archive, a web page, an image, or the bare type).
     */
    public static UploadRefusedException notAccepted(String detectedType) {
        String type = AcceptedFormat.baseType(detectedType);
        return new UploadRefusedException(Reason.NOT_ACCEPTED, "documents.error.notAccepted." + kindOf(type), type);
    }

    /**
     * «Файл — одновременно PDF и ZIP-архив…»: a PDF with an archive appended, which a PDF reader and an archiver
     * open as two different files (a polyglot). No school document is written that way.
     */
    public static UploadRefusedException polyglot() {
        return new UploadRefusedException(Reason.NOT_ACCEPTED, "documents.error.notAccepted.polyglot");
    }

    /**
     * «Файл — ZIP-архив, защищённый паролем…»: a document an archiver locked (a DOCX put into a password ZIP), told
     * apart from an ordinary archive and from a document Word protected (which is accepted).
     */
    public static UploadRefusedException passwordZip() {
        return new UploadRefusedException(Reason.NOT_ACCEPTED, "documents.error.notAccepted.passwordZip");
    }

    /** «Имя файла содержит нулевой символ…»: what follows a NUL is hidden from some programs and not from others. */
    public static UploadRefusedException nameWithNul() {
        return new UploadRefusedException(Reason.BAD_NAME, "documents.error.nameNul");
    }

    private static String kindOf(String type) {
        if (EXECUTABLES.contains(type) || type.startsWith("application/x-mach-o")) {
            return "executable";
        }
        if (ARCHIVES.contains(type)) {
            return "archive";
        }
        if (WEB_PAGES.contains(type)) {
            return "webPage";
        }
        if (type.toLowerCase(Locale.ROOT).startsWith("image/")) {
            return "image";
        }
        return "other";
    }

    public Reason reason() {
        return reason;
    }
}
