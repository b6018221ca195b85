package ru.portal500.registry.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.portal500.registry.application.ImportOutcome;
import ru.portal500.registry.application.SchoolDirectoryImport;
import ru.portal500.shared.imports.ImportProblem;
import ru.portal500.shared.web.Texts;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/** The school directory over REST: a CSV file in, a line-by-line report out. */
@Path("regions/{region}/schools")
@RequestScoped
@Tag(name = "Registry")
public class SchoolDirectoryResource {

    /** Enough for 100,000 lines of a directory; larger bodies are refused before they are read. */
    static final int MAX_BYTES = 32 * 1024 * 1024;

    @Inject
    SchoolDirectoryImport directoryImport;

    @Context
    HttpServletRequest request;

    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import schools from CSV (UTF-8 or Windows-1251, ';' or ','); all or nothing; "
            + "dryRun=true only checks")
    @APIResponse(responseCode = "200", description = "Applied (or, with dryRun, would apply): counts")
    @APIResponse(responseCode = "422", description = "Nothing applied: every problem by line and column")
    @APIResponse(responseCode = "403", description = "The caller administers no municipality of the region")
    @APIResponse(responseCode = "413", description = "The file is larger than 32 MB")
    public Response importSchools(@PathParam("region") String region,
                                  @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
                                  InputStream body) throws IOException {
        Locale locale = Texts.of(request);
        byte[] file = body.readNBytes(MAX_BYTES + 1);
        if (file.length > MAX_BYTES) {
            return Response.status(413).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Json.createObjectBuilder().add("error", "import.error.size")
                            .add("message", Texts.get(locale, "import.error.size", MAX_BYTES / (1024 * 1024)))
                            .build().toString()).build();
        }
        ImportOutcome outcome = directoryImport.importCsv(region, file, dryRun);
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
        JsonObject counts = Json.createObjectBuilder().add("applied", outcome.applied())
                .add("created", outcome.created()).add("updated", outcome.updated()).build();
        return Response.ok(counts.toString(), MediaType.APPLICATION_JSON_TYPE).build();
    }
}
