package ru.portal500.documents.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import ru.portal500.documents.domain.Document;
import ru.portal500.documents.domain.DocumentState;
import ru.portal500.documents.domain.DocumentType;
import ru.portal500.documents.domain.DocumentVersion;
import ru.portal500.documents.domain.ExtractionState;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.tenancy.domain.School;
import ru.portal500.tenancy.infrastructure.ScopedToCaller;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Documents, their versions and the region's document types, within the caller's scope. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
@ScopedToCaller
public class DocumentRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public List<DocumentType> types(String regionCode) {
        return em.createQuery("select t from DocumentType t where t.region.code = :region order by t.position",
                DocumentType.class).setParameter("region", regionCode).getResultList();
    }

    public Optional<DocumentType> type(String regionCode, String code) {
        return em.createQuery("select t from DocumentType t where t.region.code = :region and t.code = :code",
                DocumentType.class).setParameter("region", regionCode).setParameter("code", code)
                .getResultStream().findFirst();
    }

    /** A school's documents in a campaign. */
    public List<Document> of(Campaign campaign, School school) {
        return em.createQuery("select d from Document d where d.campaign = :campaign and d.school = :school"
                + " order by d.id", Document.class).setParameter("campaign", campaign).setParameter("school", school)
                .getResultList();
    }

    /** The documents of many schools of a campaign (completeness lists). */
    public List<Document> of(Campaign campaign, Collection<Long> schoolIds) {
        if (schoolIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select d from Document d where d.campaign = :campaign and d.school.id in :schools",
                Document.class).setParameter("campaign", campaign).setParameter("schools", schoolIds).getResultList();
    }

    public Optional<Document> find(long id) {
        return em.createQuery("select d from Document d join fetch d.school s join fetch s.municipality m"
                + " join fetch m.region where d.id = :id", Document.class).setParameter("id", id)
                .getResultStream().findFirst();
    }

    public Optional<Document> find(Campaign campaign, School school, String slot) {
        return em.createQuery("select d from Document d where d.campaign = :campaign and d.school = :school"
                        + " and d.slot = :slot", Document.class).setParameter("campaign", campaign)
                .setParameter("school", school).setParameter("slot", slot).getResultStream().findFirst();
    }

    /** A version of a document the caller may see (the version's document is scoped). */
    public Optional<DocumentVersion> version(long versionId) {
        return em.createQuery("select v from DocumentVersion v join fetch v.document d where v.id = :id",
                DocumentVersion.class).setParameter("id", versionId).getResultStream()
                .filter(v -> find(v.getDocument().getId()).isPresent()).findFirst();
    }

    /**
     * The documents in the state within the caller's scope, oldest submission first, read as they are needed (the
     * curator's queue). Distinct: the campaign's own tenant criteria, on its fetch join, repeated each document once
     * per region of the caller's scope.
     */
    public java.util.stream.Stream<Document> inState(DocumentState state) {
        return em.createQuery("select distinct d from Document d join fetch d.campaign join fetch d.school s"
                        + " join fetch s.municipality where d.state = :state order by d.submittedAt, d.id", Document.class)
                .setParameter("state", state).getResultStream();
    }

    public <T> T add(T entity) {
        em.persist(entity);
        return entity;
    }

    public void flush() {
        em.flush();
    }

    /** A document's standing for monitoring: its school, type and state. */
    public record Standing(long id, long schoolId, String typeCode, DocumentState state) {
    }

    /**
     * Every document of the campaign's programme types the caller sees, as its id, school, type and state; distinct by
     * id (the school's tenant criteria on a join can repeat a row).
     */
    public java.util.List<Standing> standings(ru.portal500.registry.domain.Campaign campaign) {
        return em.createQuery("select d.id, d.school.id, d.type.code, d.state from Document d where d.campaign = :campaign"
                        + " and d.type.code in :types", Object[].class).setParameter("campaign", campaign)
                .setParameter("types", java.util.List.of("CONCEPT", "MEDIUM_TERM_PROGRAMME", "ANTIRISK_PROGRAMME",
                        "NETWORK_AGREEMENT")).getResultStream()
                .map(r -> new Standing((Long) r[0], (Long) r[1], (String) r[2], (DocumentState) r[3]))
                .collect(java.util.stream.Collectors.toMap(Standing::id, x -> x, (a, b) -> a)).values().stream().toList();
    }

    /**
     * The same documents as they stood at {@code before} (an instant, exclusive): each one's state after its events
     * up to then; a document with no event before then is left out.
     */
    public java.util.List<Standing> standingsBefore(ru.portal500.registry.domain.Campaign campaign,
                                                    java.time.Instant before) {
        java.util.Map<Long, java.util.List<ru.portal500.documents.domain.DocumentEventKind>> stories =
                new java.util.LinkedHashMap<>();
        java.util.Map<Long, Object[]> documentsSeen = new java.util.HashMap<>();
        java.util.Set<String> eventsSeen = new java.util.HashSet<>();
        em.createQuery("select d.id, d.school.id, d.type.code, e.kind, e.sequence from DocumentEvent e join e.document d"
                        + " where d.campaign = :campaign and d.type.code in :types and e.kind in :kinds"
                        + " and e.occurredAt < :before order by d.id, e.sequence", Object[].class)
                .setParameter("campaign", campaign)
                .setParameter("types", java.util.List.of("CONCEPT", "MEDIUM_TERM_PROGRAMME", "ANTIRISK_PROGRAMME",
                        "NETWORK_AGREEMENT"))
                .setParameter("kinds", ru.portal500.documents.domain.DocumentEventKind.CHANGING_STATE)
                .setParameter("before", before).getResultStream()
                .forEach(r -> {
                    Long id = (Long) r[0];
                    documentsSeen.putIfAbsent(id, r);
                    java.util.List<ru.portal500.documents.domain.DocumentEventKind> story =
                            stories.computeIfAbsent(id, k -> new java.util.ArrayList<>());
                    // The tenant criteria on a join may repeat a row: each event counts once.
                    if (eventsSeen.add(id + ":" + r[4])) {
                        story.add((ru.portal500.documents.domain.DocumentEventKind) r[3]);
                    }
                });
        java.util.List<Standing> standings = new java.util.ArrayList<>();
        stories.forEach((id, story) -> ru.portal500.documents.domain.DocumentEventKind.stateAfter(story)
                .ifPresent(state -> {
                    Object[] row = documentsSeen.get(id);
                    standings.add(new Standing(id, (Long) row[1], (String) row[2], state));
                }));
        return standings;
    }
}
