package ru.portal500.documents.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.transaction.Transactional;
import ru.portal500.documents.domain.Document;
import ru.portal500.documents.domain.DocumentState;
import ru.portal500.documents.domain.DueDocument;
import ru.portal500.documents.domain.Urgency;
import ru.portal500.documents.infrastructure.DocumentRepository;
import ru.portal500.identity.application.AccessGuard;
import ru.portal500.identity.domain.Role;
import ru.portal500.registry.application.CampaignRecords;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.registry.domain.CampaignSchool;
import ru.portal500.tenancy.domain.Municipality;
import ru.portal500.tenancy.domain.School;
import ru.portal500.tenancy.application.Territories;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The coordinator's view: for each ШНОР/ШССУ of a municipality, how complete its documents are. */
@ApplicationScoped
public class MunicipalDocuments {

    private static final Set<Role> MANAGERS = EnumSet.of(Role.MUNICIPAL_COORDINATOR, Role.REGIONAL_OPERATOR);

    @Inject
    AccessGuard guard;

    @Inject
    Territories territories;

    @Inject
    CampaignRecords records;


    @Inject
    DocumentRepository documents;

    @Inject
    DocumentBoard board;

    Clock clock = Clock.systemDefaultZone();

    /** One school's completeness: how many owed documents stand at each urgency, and how many are approved. */
    public record Completeness(School school, int owed, Map<Urgency, Integer> byUrgency) implements Serializable {
        @JsonbTransient
        public School getSchool() {
            return school;
        }

        @JsonbTransient
        public int getOwed() {
            return owed;
        }

        public int count(String urgency) {
            return byUrgency.getOrDefault(Urgency.valueOf(urgency), 0);
        }

        /** Approved share, 0–100. */
        public int getPercent() {
            return owed == 0 ? 100 : 100 * byUrgency.getOrDefault(Urgency.DONE, 0) / owed;
        }
    }

    @Transactional
    public List<Completeness> of(long municipalityId, int year) {
        guard.requireAnyRole(MANAGERS, "documents.municipal");
        return of(guard.requireFound(territories.findMunicipality(municipalityId), "municipality"), year);
    }

    @Transactional
    public List<Completeness> of(String regionCode, String municipalityCode, int year) {
        guard.requireAnyRole(MANAGERS, "documents.municipal");
        return of(guard.requireFound(territories.findMunicipality(regionCode, municipalityCode), "municipality"),
                year);
    }

    private List<Completeness> of(Municipality municipality, int year) {
        guard.require(guard.caller().holdsAny(MANAGERS, municipality.scope()), municipality.scope(),
                "documents.municipal");
        Campaign campaign = guard.requireFound(records.campaign(municipality.getRegion().getCode(), year), "campaign");
        List<School> supported = records.statuses(campaign, municipality.getId()).stream()
                .filter(s -> s.getStatus().isSupported()).map(CampaignSchool::getSchool).toList();
        Map<Long, Map<String, Document>> bySchool = documents.of(campaign, supported.stream().map(School::getId)
                .toList()).stream().collect(Collectors.groupingBy(d -> d.getSchool().getId(),
                Collectors.toMap(Document::getSlot, d -> d)));
        LocalDate today = LocalDate.now(clock);
        return supported.stream().map(school -> {
            List<DueDocument> owed = board.owed(campaign, school);
            Map<String, Document> filed = bySchool.getOrDefault(school.getId(), Map.of());
            Map<Urgency, Integer> counts = new EnumMap<>(Urgency.class);
            for (DueDocument due : owed) {
                Document document = filed.get(due.slot());
                DocumentState state = document == null ? null : document.getState();
                counts.merge(Urgency.of(state, due.due(), today), 1, Integer::sum);
            }
            return new Completeness(school, owed.size(), counts);
        }).toList();
    }
}
