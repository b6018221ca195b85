package ru.portal500.shared.web;

import java.util.Map;

/** The kind of a file as people name it, from its MIME type: the key under {@code fileType.} in the bundles. */
public final class FileKinds {

    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("application/pdf", "pdf"),
            Map.entry("application/msword", "word"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "word"),
            Map.entry("application/vnd.ms-word.document.macroenabled.12", "word"),
            Map.entry("application/vnd.ms-excel", "excel"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "excel"),
            Map.entry("application/vnd.ms-excel.sheet.macroenabled.12", "excel"),
            Map.entry("application/vnd.ms-powerpoint", "powerpoint"),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", "powerpoint"),
            Map.entry("application/vnd.oasis.opendocument.text", "odt"),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", "ods"),
            Map.entry("application/vnd.oasis.opendocument.presentation", "odp"),
            Map.entry("application/rtf", "rtf"),
            Map.entry("text/rtf", "rtf"),
            Map.entry("text/csv", "csv"),
            Map.entry("application/zip", "zip"));

    private FileKinds() {
    }

    /** "word", "pdf", "excel", "powerpoint", "odt", "ods", "odp", "rtf", "csv", "zip", "text", "image" or "other". */
    public static String of(String mediaType) {
        if (mediaType == null || mediaType.isBlank()) {
            return "other";
        }
        String type = mediaType.toLowerCase(java.util.Locale.ROOT).split(";", 2)[0].strip();
        String kind = KINDS.get(type);
        if (kind != null) {
            return kind;
        }
        if (type.startsWith("text/")) {
            return "text";
        }
        return type.startsWith("image/") ? "image" : "other";
    }
}
