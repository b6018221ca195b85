package ru.portal500.contests.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import ru.portal500.contests.domain.Regulations;
import ru.portal500.documents.domain.AcceptedFormat;
import ru.portal500.documents.storage.DocumentStorage;
import ru.portal500.shared.files.ContentDisposition;

import java.io.InputStream;

/** A contest's regulations as a download, with its Cyrillic name (opened in the browser where it can be shown). */
final class RegulationsResponse {

    private RegulationsResponse() {
    }

    static Response of(Regulations file, DocumentStorage storage) {
        StreamingOutput body = out -> {
            try (InputStream in = storage.open(file.sha256())) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, storage.contentType(file.sha256(), file.mediaType())).header("Content-Length", file.size())
                .header("Content-Disposition", ContentDisposition.forOpening(file.fileName(),
                        AcceptedFormat.of(file.mediaType()).map(AcceptedFormat::previewable).orElse(false)))
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
