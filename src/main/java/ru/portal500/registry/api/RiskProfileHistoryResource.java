package ru.portal500.registry.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.portal500.registry.application.RiskProfiles;
import ru.portal500.registry.domain.RiskProfileComparison;

/** A school's risk profiles across campaigns, side by side. */
@Path("regions/{region}/schools/{municipality}/{school}/risk-profiles")
@RequestScoped
@Tag(name = "Risk profiles")
public class RiskProfileHistoryResource {

    @Inject
    RiskProfiles profiles;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The school's profiles of every campaign, newest first; factors matched by federal number "
            + "or position whatever their wording")
    public RiskProfileComparison history(@PathParam("region") String region,
                                         @PathParam("municipality") String municipality,
                                         @PathParam("school") String school) {
        return profiles.history(region, municipality, school);
    }
}
