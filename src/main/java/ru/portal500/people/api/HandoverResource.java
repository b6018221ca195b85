package ru.portal500.people.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.portal500.people.application.HandoverRequest;
import ru.portal500.people.application.RoleHandover;

/** Handing a role over from one person to another when staff change. */
@Path("handovers")
@RequestScoped
@Tag(name = "People")
public class HandoverResource {

    @Inject
    RoleHandover handover;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hand a role over when staff change: {\"from\": login, \"to\": login or e-mail, "
            + "\"role\": …, \"scope\": …}; the old holder loses it, the new one gets it (and its work list)")
    @APIResponse(responseCode = "204", description = "Handed over")
    @APIResponse(responseCode = "400", description = "Unknown person, role or scope; the old holder does not hold it")
    @APIResponse(responseCode = "403", description = "Outside the caller's scope, or a role above theirs")
    public Response handOver(HandoverRequest body) {
        handover.handOver(body);
        return Response.noContent().build();
    }
}
