package ru.portal500.registry.api;

import jakarta.ws.rs.core.Response;
import ru.portal500.shared.files.ContentDisposition;

/** A history handed out as a CSV download. */
final class HistoryDownloads {

    private HistoryDownloads() {
    }

    static Response csv(byte[] csv, String fileName) {
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", ContentDisposition.attachment(fileName)).build();
    }
}
