package ru.portal500.documents.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.transaction.Transactional;
import ru.portal500.documents.domain.Document;
import ru.portal500.documents.domain.DocumentRights;
import ru.portal500.documents.domain.DocumentType;
import ru.portal500.documents.domain.DueDocument;
import ru.portal500.documents.domain.Requirement;
import ru.portal500.documents.domain.Requirements;
import ru.portal500.documents.domain.Urgency;
import ru.portal500.documents.infrastructure.DocumentRepository;
import ru.portal500.registry.application.CampaignRecords;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.registry.domain.RiskFactor;
import ru.portal500.registry.domain.RiskProfile;
import ru.portal500.tenancy.domain.School;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A school's document board for a campaign: what it owes (from the region's types, its chosen risk
 * factors and its pair) with each document's state and urgency, and the documents it added besides.
 */
@ApplicationScoped
public class DocumentBoard {

    @Inject
    DocumentAccess access;

    @Inject
    DocumentTypes types;

    @Inject
    DocumentRepository documents;

    @Inject
    CampaignRecords records;


    Clock clock = Clock.systemDefaultZone();

    /** An owed document and where it stands (no document: not uploaded yet). */
    public record Row(DueDocument due, Document document, Urgency urgency) implements Serializable {
        @JsonbTransient
        public DueDocument getDue() {
            return due;
        }

        @JsonbTransient
        public Document getDocument() {
            return document;
        }

        @JsonbTransient
        public Urgency getUrgency() {
            return urgency;
        }
    }

    /** The board: whose, what is owed, what else was added, which optional types can be added. */
    public record Board(Campaign campaign, School school, DocumentRights rights, List<Row> owed,
                        List<Document> others, List<DocumentType> optionalTypes) {
        @JsonbTransient
        public List<Row> getOwed() {
            return owed;
        }

        @JsonbTransient
        public List<Document> getOthers() {
            return others;
        }

        public long count(Urgency urgency) {
            return owed.stream().filter(r -> r.urgency() == urgency).count();
        }
    }

    @Transactional
    public Board of(String regionCode, int year, String municipalityCode, String schoolCode) {
        return board(access.target(regionCode, year, municipalityCode, schoolCode));
    }

    @Transactional
    public Board of(Long schoolId, Integer year) {
        return board(access.target(schoolId, year));
    }

    /** What the school owes in the campaign (no access check: callers have made it). */
    List<DueDocument> owed(Campaign campaign, School school) {
        List<RiskFactor> chosen = records.riskProfile(campaign, school).map(RiskProfile::chosen)
                .map(List::copyOf).orElse(List.of());
        return Requirements.of(types.ensure(campaign.getRegion()), chosen, records.pairOf(campaign, school).isPresent(),
                campaign.schedule());
    }

    private Board board(DocumentAccess.Target target) {
        Campaign campaign = target.place().campaign();
        School school = target.place().school();
        List<DueDocument> owed = owed(campaign, school);
        Map<String, Document> bySlot = documents.of(campaign, school).stream()
                .collect(Collectors.toMap(Document::getSlot, Function.identity()));
        LocalDate today = LocalDate.now(clock);
        List<Row> rows = owed.stream().map(d -> {
            Document document = bySlot.get(d.slot());
            return new Row(d, document, Urgency.of(document == null ? null : document.getState(), d.due(), today));
        }).toList();
        Set<String> owedSlots = owed.stream().map(DueDocument::slot).collect(Collectors.toSet());
        List<Document> others = bySlot.values().stream().filter(d -> !owedSlots.contains(d.getSlot()))
                .sorted(Comparator.comparing(Document::getId)).toList();
        List<DocumentType> optional = types.ensure(campaign.getRegion()).stream()
                .filter(t -> t.getRequirement() == Requirement.OPTIONAL && !t.isRetired()).toList();
        return new Board(campaign, school, target.rights(), rows, others, optional);
    }
}
