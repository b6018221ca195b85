package ru.portal500.people.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.portal500.people.application.PersonRecords;
import ru.portal500.people.application.PersonView;

/** A person's record as the coordinator of their municipality or the operator of their region sees and places it. */
@Path("people/{username}")
@RequestScoped
@Tag(name = "People")
@Produces(MediaType.APPLICATION_JSON)
public class PersonRecordResource {

    @Inject
    PersonRecords records;

    @GET
    @Path("record")
    @Operation(summary = "A person's record, for a coordinator of their municipality or an operator of their region")
    @APIResponse(responseCode = "404", description = "No such person in the caller's scope")
    public PersonView person(@PathParam("username") String username) {
        return records.person(username);
    }

    @PUT
    @Path("home")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a person's home organisation: a municipality or school the caller administers")
    @APIResponse(responseCode = "400", description = "Not a municipality or school of the directory")
    @APIResponse(responseCode = "403", description = "A place outside the caller's scope")
    @APIResponse(responseCode = "404", description = "No such person in the caller's scope")
    public PersonView home(@PathParam("username") String username, ProfileResource.Change change) {
        return records.setHome(username, change == null ? null : change.home);
    }
}
