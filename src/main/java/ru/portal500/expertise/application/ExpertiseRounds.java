package ru.portal500.expertise.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.documents.domain.Document;
import ru.portal500.documents.domain.DocumentState;
import ru.portal500.expertise.domain.ChecklistVersion;
import ru.portal500.expertise.domain.ExpertReview;
import ru.portal500.expertise.domain.ExpertiseRound;
import ru.portal500.expertise.domain.ExpertiseRuleException;
import ru.portal500.expertise.domain.RoundKind;
import ru.portal500.expertise.domain.RoundSettings;
import ru.portal500.expertise.infrastructure.ExpertiseRepository;
import ru.portal500.identity.application.AccessGuard;
import ru.portal500.identity.domain.Scope;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.tenancy.domain.Municipality;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Organising a round: creating it over a campaign's documents of the checklist's type, changing its
 * settings, assigning reviewers by hand (the automatic assignment is {@link ReviewAssignment}), closing it.
 * One use case, one transaction each.
 */
@ApplicationScoped
public class ExpertiseRounds {

    /** The states a document may be in to be taken into a round. */
    public static final Set<DocumentState> REVIEWABLE = EnumSet.of(DocumentState.SUBMITTED, DocumentState.APPROVED);

    @Inject
    ExpertiseAccess access;

    @Inject
    AccessGuard guard;

    @Inject
    ExpertiseRepository repository;

    @Inject
    ReviewerPool reviewers;

    @Inject
    ExpertiseNotices notices;

    /** What an organiser asks for when creating a round. */
    public record NewRound(String regionCode, int schoolYear, RoundKind kind, String municipalityCode, String title,
                           long checklistId, RoundSettings settings) {
    }

    @Transactional
    public ExpertiseRound create(NewRound request) {
        guard.requireActsIn(request.regionCode(), "expertise.organise");
        Scope scope = request.municipalityCode() == null ? Scope.ofRegion(request.regionCode())
                : Scope.ofMunicipality(request.regionCode(), request.municipalityCode());
        guard.require(access.mayOrganise(access.caller(), request.kind(), scope), scope, "expertise.organise");
        Campaign campaign = guard.requireFound(repository.campaign(request.regionCode(), request.schoolYear()),
                "campaign/" + request.schoolYear());
        Municipality municipality = request.kind() != RoundKind.MUNICIPAL ? null
                : guard.requireFound(repository.municipality(request.regionCode(), request.municipalityCode()),
                "municipality/" + request.municipalityCode());
        ChecklistVersion checklist = guard.requireFound(repository.checklist(request.regionCode(), request.checklistId()),
                "checklist/" + request.checklistId());
        return repository.add(request.regionCode(), new ExpertiseRound(campaign, municipality, request.kind(),
                request.title(), checklist, request.settings(), access.stamp()));
    }

    @Transactional
    public ExpertiseRound change(long roundId, RoundSettings settings, long readAtVersion) {
        ExpertiseRound round = access.roundToOrganise(roundId);
        if (round.getVersion() != readAtVersion) {
            throw new ru.portal500.shared.domain.ConcurrentChangeException("expertise.error.changedMeanwhile");
        }
        round.change(settings);
        repository.flush();
        return round;
    }

    @Transactional
    public ExpertiseRound close(long roundId) {
        ExpertiseRound round = access.roundToOrganise(roundId);
        round.close();
        return round;
    }

    /** The documents the round may take: its campaign's (and municipality's), of its type, submitted or approved. */
    @Transactional
    public List<Document> candidates(long roundId) {
        return repository.candidates(access.roundToOrganise(roundId), REVIEWABLE);
    }

    /** An expert named by hand for a document; refused on a conflict of interest or a second review of it. */
    @Transactional
    public ExpertReview assignExpert(long roundId, long documentId, String username) {
        ExpertiseRound round = access.roundToOrganise(roundId);
        if (round.getKind() == RoundKind.MUTUAL) {
            throw new ExpertiseRuleException("expertise.error.mutualNeedsSchools");
        }
        Document document = repository.candidates(round, REVIEWABLE).stream()
                .filter(d -> d.getId() == documentId).findFirst()
                .orElseThrow(() -> new ExpertiseRuleException("expertise.error.notCandidate"));
        ReviewerPool.Expert expert = reviewers.expert(round, username)
                .orElseThrow(() -> new ExpertiseRuleException("expertise.error.notAnExpert", username));
        List<ExpertReview> existing = repository.reviews(round);
        if (existing.stream().anyMatch(r -> r.getDocument().equals(document) && r.isByExpert(username))) {
            throw new ExpertiseRuleException("expertise.error.alreadyReviewing", expert.name());
        }
        if (!reviewers.conflicts(round).expertMayReview(username, expert.schools(), document.getSchool().getId())) {
            throw new ExpertiseRuleException("expertise.error.conflict", expert.name(), document.getSchool().getName());
        }
        ExpertReview review = repository.add(round.getCampaign().getRegion().getCode(),
                ExpertReview.byExpert(round, document, username, expert.name(), access.stamp()));
        notices.assigned(List.of(review));
        return review;
    }

    @Transactional
    public List<ExpertReview> reviews(long roundId) {
        return repository.reviews(access.roundToOrganise(roundId));
    }
}
