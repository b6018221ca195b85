package ru.portal500.identity.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.portal500.identity.application.CurrentCaller;
import ru.portal500.identity.domain.Caller;
import ru.portal500.identity.domain.Grant;
import ru.portal500.identity.domain.Role;

import java.util.List;

/** Who the token belongs to, as the portal understands it. */
@Path("me")
@RequestScoped
@Tag(name = "Identity")
public class MeResource {

    @Inject
    CurrentCaller currentCaller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The caller: Keycloak subject, login, name, portal roles and where they hold them, contests they organise or judge")
    public Me me() {
        Caller caller = currentCaller.get();
        return new Me(caller.getSubject(), caller.getUsername(), caller.getFullName(),
                caller.getRoles().stream().map(Role::keycloakName).toList(),
                caller.getGrants().stream().map(Grant::groupPath).sorted().toList(),
                List.copyOf(caller.contestsOrganised()), List.copyOf(caller.contestsJudged()));
    }

    /** The caller as the API shows it; the ids of the contests they organise or judge are apart from their grants. */
    public record Me(String subject, String username, String fullName, List<String> roles, List<String> grants,
                     List<Long> contestsOrganised, List<Long> contestsJudged) {
    }
}
