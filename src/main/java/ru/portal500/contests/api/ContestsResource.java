package ru.portal500.contests.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.portal500.contests.application.Contests;
import ru.portal500.contests.domain.ContestSettings;
import ru.portal500.shared.domain.InvalidRequestException;

import java.util.List;

/** The region's contests: listed and created by its contest organisers. */
@Path("contests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contests")
public class ContestsResource {

    @Inject
    Contests contests;

    @GET
    @Operation(summary = "The region's contests (?region=64), for its contest organisers")
    public List<ContestViews.ContestView> list(@QueryParam("region") String region) {
        return contests.contests(region).stream().map(ContestViews.ContestView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a contest as a draft: {\"region\", \"schoolYear\", \"title\", …settings}")
    @APIResponse(responseCode = "201", description = "Created as a draft")
    @APIResponse(responseCode = "400", description = "A setting out of its bounds, named in words")
    @APIResponse(responseCode = "403", description = "Not the region's contest organiser")
    public Response create(ContestRequests.SettingsRequest request) {
        ContestRequests.SettingsRequest body = ContestRequests.required(request);
        if (body.schoolYear == null) {
            throw new InvalidRequestException("contests.error.schoolYear");
        }
        ContestSettings settings = body.over(ContestSettings.defaults(body.title));
        return Response.status(Response.Status.CREATED)
                .entity(ContestViews.ContestView.of(contests.create(body.region, body.schoolYear, settings))).build();
    }
}
