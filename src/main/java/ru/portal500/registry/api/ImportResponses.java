package ru.portal500.registry.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import ru.portal500.registry.application.ImportOutcome;
import ru.portal500.shared.imports.ImportFiles;
import ru.portal500.shared.imports.ImportProblem;
import ru.portal500.shared.i18n.Texts;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;

/** How every import answers: 200 with counts, 422 with each problem in the caller's language, 413 when too big. */
final class ImportResponses {

    /** Enough for 100,000 lines of a registry; larger bodies are refused before they are read. */
    static final int MAX_BYTES = ImportFiles.MAX_BYTES;

    private ImportResponses() {
    }

    /** The uploaded bytes, or empty when the body is larger than {@link #MAX_BYTES}. */
    static Optional<byte[]> read(InputStream body) throws IOException {
        byte[] file = body.readNBytes(MAX_BYTES + 1);
        return file.length > MAX_BYTES ? Optional.empty() : Optional.of(file);
    }

    static Response tooLarge(Locale locale) {
        return Response.status(413).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Json.createObjectBuilder().add("error", "import.error.size")
                        .add("message", Texts.get(locale, "import.error.size", ImportFiles.MAX_MEGABYTES))
                        .build().toString()).build();
    }

    static Response of(ImportOutcome outcome, Locale locale) {
        if (outcome.hasProblems()) {
            JsonArrayBuilder problems = Json.createArrayBuilder();
            for (ImportProblem p : outcome.problems()) {
                var item = Json.createObjectBuilder().add("line", p.line())
                        .add("message", Texts.get(locale, p.messageKey(), p.arguments()));
                if (p.column() != null) {
                    item.add("column", p.column());
                }
                problems.add(item);
            }
            return Response.status(422).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Json.createObjectBuilder().add("applied", false).add("problems", problems)
                            .build().toString()).build();
        }
        return Response.ok(Json.createObjectBuilder().add("applied", outcome.applied())
                .add("created", outcome.created()).add("updated", outcome.updated()).build().toString(),
                MediaType.APPLICATION_JSON_TYPE).build();
    }
}
