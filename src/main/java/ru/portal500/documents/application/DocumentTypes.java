package ru.portal500.documents.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import ru.portal500.documents.domain.DocumentType;
import ru.portal500.documents.infrastructure.DocumentRepository;
import ru.portal500.identity.application.AccessGuard;
import ru.portal500.registry.domain.CampaignPlanned;
import ru.portal500.tenancy.domain.Region;

import java.util.ArrayList;
import java.util.List;

/**
 * A region's document types: reference data that starts as the seeds' list the first time the region
 * plans a campaign (or, for regions that planned before documents existed, the first time they are read).
 */
@ApplicationScoped
public class DocumentTypes {

    @Inject
    AccessGuard guard;

    @Inject
    DocumentRepository documents;

    /** Inside the planning transaction: the region gets its types with its first campaign. */
    void campaignPlanned(@Observes CampaignPlanned planned) {
        ensure(planned.campaign().getRegion());
    }

    /** The region's types, seeded if it has none yet. */
    public List<DocumentType> ensure(Region region) {
        List<DocumentType> types = documents.types(region.getCode());
        if (!types.isEmpty()) {
            return types;
        }
        List<DocumentType> seeded = new ArrayList<>();
        for (int i = 0; i < DocumentType.DEFAULTS.size(); i++) {
            seeded.add(documents.add(new DocumentType(region, i + 1, DocumentType.DEFAULTS.get(i))));
        }
        return seeded;
    }

    public List<DocumentType> of(String regionCode) {
        guard.requireActsIn(regionCode, "documents.types");
        return documents.types(regionCode);
    }
}
