package ru.portal500.registry.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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
import ru.portal500.registry.application.SchoolDirectoryExport;
import ru.portal500.registry.application.SchoolList;
import ru.portal500.registry.domain.SchoolEntry;
import ru.portal500.registry.infrastructure.SchoolListQuery;
import ru.portal500.registry.infrastructure.SchoolListRepository;
import ru.portal500.shared.domain.InvalidRequestException;
import ru.portal500.shared.i18n.Texts;
import ru.portal500.tenancy.domain.School;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** The school list over REST, a page at a time. */
@Path("regions/{region}/schools")
@RequestScoped
@Tag(name = "Registry")
public class SchoolListResource {

    @Context
    HttpServletRequest request;

    @Inject
    SchoolList list;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A page of the region's schools in the caller's scope; filter by text, municipality, locality")
    @APIResponse(responseCode = "400", description = "A malformed filter, sort or page")
    @APIResponse(responseCode = "403", description = "The caller holds no role in the region")
    public SchoolPage schools(@PathParam("region") String region, @QueryParam("q") String text,
                              @QueryParam("municipality") String municipality, @QueryParam("locality") String locality,
                              @QueryParam("sort") @DefaultValue("name") String sort,
                              @QueryParam("dir") @DefaultValue("asc") String direction,
                              @QueryParam("offset") @DefaultValue("0") int offset,
                              @QueryParam("limit") @DefaultValue("50") int limit) {
        SchoolListQuery query;
        try {
            query = new SchoolListQuery(text, municipality, locality, sort, !"desc".equalsIgnoreCase(direction),
                    offset, limit);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("schools.error.query");
        }
        SchoolListRepository.Page page = list.page(region, query);
        return new SchoolPage(page.total(), page.schools().stream().map(SchoolItem::of).toList());
    }

    @GET
    @Path("export")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(summary = "The region's directory (in the caller's scope) as CSV or XLSX, in the import's columns")
    @APIResponse(responseCode = "403", description = "The caller holds no role in the region")
    public Response export(@PathParam("region") String region,
                                              @QueryParam("format") @DefaultValue("csv") String format) {
        boolean xlsx = "xlsx".equalsIgnoreCase(format);
        if (!xlsx && !"csv".equalsIgnoreCase(format)) {
            throw new InvalidRequestException("schools.error.query");
        }
        List<SchoolEntry> schools = list.export(region);
        Locale reader = Texts.of(request);
        byte[] file = xlsx ? SchoolDirectoryExport.xlsx(schools, reader)
                : SchoolDirectoryExport.csv(schools, reader);
        String name = SchoolDirectoryExport.fileName(region, reader) + (xlsx ? ".xlsx" : ".csv");
        return Response.ok(file, xlsx
                        ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"schools-" + region + (xlsx ? ".xlsx" : ".csv")
                        + "\"; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8)
                        .replace("+", "%20"))
                .build();
    }

    /** A page of schools. */
    public record SchoolPage(long total, List<SchoolItem> schools) {
    }

    /** A school in the list. */
    public record SchoolItem(long id, String code, String name, String shortName, String municipality, String kind,
                             String locality, String settlement) {
        static SchoolItem of(School s) {
            return new SchoolItem(s.getId(), s.getCode(), s.getName(), s.details().shortName(),
                    s.getMunicipality().getName(), s.details().kind().name(), s.details().locality().name(),
                    s.details().settlement());
        }
    }
}
