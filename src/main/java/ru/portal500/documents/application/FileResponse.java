package ru.portal500.documents.application;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import ru.portal500.documents.application.DocumentDownloads.Download;
import ru.portal500.shared.files.ContentDisposition;
import ru.portal500.documents.storage.DocumentStorage;

import java.io.IOException;
import java.io.InputStream;

/**
 * A stored file as a servlet's answer: its real type (a text's with its charset) and length, its Cyrillic name, a PDF inline only when it has
 * nothing active in it, no sniffing.
 */
public final class FileResponse {

    private FileResponse() {
    }

    /** The same as a JAX-RS answer, streamed. */
    public static Response of(Download file, DocumentStorage storage) {
        StreamingOutput body = out -> {
            try (InputStream in = storage.open(file.sha256())) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, storage.contentType(file.sha256(), file.mediaType())).header("Content-Length", file.size())
                .header("Content-Disposition", disposition(file))
                .header("X-Content-Type-Options", "nosniff").build();
    }

    /** Inline only for what may be previewed ({@link Download#inline()}); everything else is saved. */
    private static String disposition(Download file) {
        return file.inline() ? ContentDisposition.inline(file.fileName()) : ContentDisposition.attachment(file.fileName());
    }

    public static void send(HttpServletResponse response, Download file, DocumentStorage storage) throws IOException {
        response.setContentType(storage.contentType(file.sha256(), file.mediaType()));
        response.setContentLengthLong(file.size());
        response.setHeader("Content-Disposition", disposition(file));
        response.setHeader("X-Content-Type-Options", "nosniff");
        try (InputStream in = storage.open(file.sha256())) {
            in.transferTo(response.getOutputStream());
        }
    }
}
