package ru.portal500.people.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
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
import ru.portal500.people.application.Onboarding;
import ru.portal500.people.application.OnboardingOutcome;
import ru.portal500.shared.imports.ImportFiles;
import ru.portal500.shared.imports.ImportProblem;
import ru.portal500.shared.i18n.Texts;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/** Onboarding people in bulk from a table (XLSX or CSV), checked first and applied only without a problem. */
@Path("regions/{region}/onboarding")
@RequestScoped
@Tag(name = "People")
public class OnboardingResource {

    @Inject
    Onboarding onboarding;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Onboard people from XLSX or CSV (the columns are the Russian headings the README lists: full name, e-mail, role, school, municipality): "
            + "new accounts are invited by mail, existing ones get the role; a file with a problem applies nothing; dryRun=true only checks; "
            + "should Keycloak fail on a line, the lines before it stay done and the answer names them")
    @APIResponse(responseCode = "200", description = "Applied (or, with dryRun, would apply): each person")
    @APIResponse(responseCode = "422", description = "Nothing applied: every problem by line and column")
    @APIResponse(responseCode = "403", description = "The caller administers nothing in the region")
    @APIResponse(responseCode = "413", description = "The file is larger than 32 MB")
    @APIResponse(responseCode = "502", description = "Keycloak failed while the file was applied: the lines before "
            + "stoppedAt are done (listed in done), the others not (notDone); message says so in words")
    public Response onboard(@PathParam("region") String region,
                            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
                            InputStream body) throws IOException {
        Locale locale = Texts.of(request);
        byte[] file = body.readNBytes(ImportFiles.MAX_BYTES + 1);
        if (file.length > ImportFiles.MAX_BYTES) {
            return Response.status(413).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Json.createObjectBuilder().add("error", "import.error.size")
                            .add("message", Texts.get(locale, "import.error.size", ImportFiles.MAX_MEGABYTES))
                            .build().toString()).build();
        }
        OnboardingOutcome outcome = onboarding.onboard(region, file, dryRun);
        if (outcome.hasProblems()) {
            JsonArrayBuilder problems = Json.createArrayBuilder();
            for (ImportProblem p : outcome.problems()) {
                JsonObjectBuilder item = Json.createObjectBuilder().add("line", p.line())
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
        JsonArrayBuilder lines = Json.createArrayBuilder();
        outcome.lines().forEach(l -> lines.add(Json.createObjectBuilder().add("line", l.line())
                .add("fullName", l.fullName()).add("email", l.email()).add("role", l.role()).add("place", l.place())
                .add("invited", l.invited())));
        JsonObjectBuilder answer = Json.createObjectBuilder().add("applied", outcome.applied())
                .add("invited", outcome.invited()).add("granted", outcome.granted()).add("lines", lines);
        if (outcome.stopped()) {
            JsonArrayBuilder done = Json.createArrayBuilder();
            outcome.done().forEach(l -> done.add(l.line()));
            JsonArrayBuilder notDone = Json.createArrayBuilder();
            outcome.notDone().forEach(l -> notDone.add(l.line()));
            answer.add("stoppedAt", outcome.stop().line()).add("done", done).add("notDone", notDone)
                    .add("message", outcome.stopTold(locale));
            return Response.status(outcome.stop().unavailable() ? 502 : 400).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(answer.build().toString()).build();
        }
        return Response.ok(answer.build().toString(), MediaType.APPLICATION_JSON_TYPE).build();
    }
}
