package ru.portal500.contests.api;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.portal500.contests.application.ContestRoles;
import ru.portal500.contests.domain.ContestRuleException;
import ru.portal500.identity.domain.Role;

import java.util.List;

/**
 * A contest's own organisers and jury ({@code "role": "contest-organiser"|"jury-member"}), for whoever organises
 * the contest; the grants are Keycloak groups of the contest and lapse with its results.
 */
@Path("contests/{id}/roles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contests")
public class ContestRolesResource {

    /** {@code {"username", "role"}}. */
    public static class RoleRequest {
        public String username;
        public String role;
    }

    /** One holder of one of the contest's roles. */
    public record HolderView(String username, String fullName, String role) {
    }

    @Inject
    ContestRoles roles;

    @PathParam("id")
    long id;

    @GET
    @Operation(summary = "Who holds the contest's roles")
    public List<HolderView> holders() {
        return roles.holders(id).stream().map(h -> new HolderView(h.username(), h.fullName(), h.role().keycloakName()))
                .toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give a person the contest's role (its organiser or a jury member)")
    public Response grant(RoleRequest request) {
        RoleRequest body = ContestRequests.required(request);
        roles.grant(id, body.username, role(body.role));
        return Response.noContent().build();
    }

    @DELETE
    @Operation(summary = "Take the contest's role from a person (?username=&role=)")
    public Response revoke(@QueryParam("username") String username, @QueryParam("role") String role) {
        roles.revoke(id, username, role(role));
        return Response.noContent().build();
    }

    private static Role role(String name) {
        return Role.fromKeycloakName(name == null ? "" : name.strip())
                .filter(r -> r == Role.CONTEST_ORGANISER || r == Role.JURY_MEMBER)
                .orElseThrow(() -> new ContestRuleException("contests.roles.error.role", String.valueOf(name)));
    }
}
