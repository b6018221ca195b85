package ru.portal500.registry.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import ru.portal500.registry.application.SchoolDirectoryImport;
import ru.portal500.shared.i18n.Texts;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;

/** The school directory over REST: a CSV file in, a line-by-line report out. */
@Path("regions/{region}/schools")
@RequestScoped
@Tag(name = "Registry")
public class SchoolDirectoryResource {

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
        Optional<byte[]> file = ImportResponses.read(body);
        if (file.isEmpty()) {
            return ImportResponses.tooLarge(locale);
        }
        return ImportResponses.of(directoryImport.importCsv(region, file.get(), dryRun), locale);
    }
}
