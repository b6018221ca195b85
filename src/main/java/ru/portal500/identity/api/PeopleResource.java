package ru.portal500.identity.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.portal500.identity.application.ContestGrantRequests;
import ru.portal500.identity.application.GrantRequest;
import ru.portal500.identity.application.PeopleAdministration;
import ru.portal500.tenancy.application.TerritoryDirectory;

import java.util.List;

/** Granting, revoking and inviting: regional operators and municipal coordinators, within their scope. */
@Path("")
@RequestScoped
@Tag(name = "People")
public class PeopleResource {

    @Inject
    PeopleAdministration people;

    @Inject
    TerritoryDirectory directory;

    @Inject
    ContestGrantRequests contestGrants;

    @GET
    @Path("municipalities/{id}/people")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Who holds which role in the municipality and its schools (its administrators only)")
    @APIResponse(responseCode = "403", description = "The caller does not administer this municipality")
    @APIResponse(responseCode = "404", description = "No such municipality in the caller's scope")
    public List<HolderView> people(@PathParam("id") long id) {
        return people.holders(directory.municipality(id).scope()).stream().map(HolderView::of).toList();
    }


    @POST
    @Path("grants")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Grant a role in a region, municipality or school to an existing user; or a role in one "
            + "contest (scope /64/_contests/17, role contest-organiser or jury-member: the region's contest organiser "
            + "or the contest's own; held already is no error)")
    @APIResponse(responseCode = "204", description = "Granted")
    @APIResponse(responseCode = "400", description = "Unknown user, role or scope")
    @APIResponse(responseCode = "403", description = "Outside the caller's scope, or a role above theirs")
    public Response grant(GrantRequest request) {
        if (ContestGrantRequests.namesContest(request.scope)) {
            contestGrants.grant(request);
        } else {
            people.grant(request.username, request.toGrant());
        }
        return Response.noContent().build();
    }

    @GET
    @Path("grants")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Who holds the roles of one contest: ?scope=/64/_contests/17 (the region's contest organiser "
            + "or the contest's own)")
    @APIResponse(responseCode = "400", description = "The scope is not a contest's")
    @APIResponse(responseCode = "403", description = "Not an organiser of the contest or of the region's contests")
    public List<HolderView> contestHolders(@QueryParam("scope") String scope) {
        return contestGrants.holders(scope).stream().map(h -> new HolderView(h.username(), h.fullName(), h.email(),
                h.role().keycloakName(), scope.strip())).toList();
    }

    @DELETE
    @Path("grants")
    @Operation(summary = "Revoke a role in a scope: ?username=…&role=…&scope=… (query parameters, as a DELETE "
            + "body is dropped by HTTP/1.1 servers and proxies); ?scope=/64/_contests/17 alone: every role of the "
            + "contest lapses and its groups are deleted, as when its results are published")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "403", description = "Outside the caller's scope, or a role above theirs")
    public Response revoke(@QueryParam("username") String username, @QueryParam("role") String role,
                           @QueryParam("scope") String scope) {
        if (!ContestGrantRequests.namesContest(scope)) {
            people.revoke(username, GrantRequest.of(username, role, scope).toGrant());
        } else if (username == null && role == null) {
            contestGrants.lapse(scope);
        } else {
            contestGrants.revoke(GrantRequest.of(username, role, scope));
        }
        return Response.noContent().build();
    }

    @POST
    @Path("invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Invite a person by e-mail with a role in a scope; Keycloak mails the set-password link")
    @APIResponse(responseCode = "204", description = "Invited")
    @APIResponse(responseCode = "400", description = "Malformed e-mail or name, or the person exists already")
    @APIResponse(responseCode = "403", description = "Outside the caller's scope, or a role above theirs")
    public Response invite(InvitationRequest request) {
        people.invite(request.email, request.firstName, request.lastName, request.toGrant());
        return Response.noContent().build();
    }

    /** A person and the role they hold where. */
    public record HolderView(String username, String fullName, String email, String role, String scope) {
        static HolderView of(PeopleAdministration.Holder h) {
            return new HolderView(h.username(), h.fullName(), h.email(), h.grant().role().keycloakName(),
                    h.grant().scope().groupPath());
        }
    }
}
