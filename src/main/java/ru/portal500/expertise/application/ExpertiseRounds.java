package ru.portal500.expertise.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.documents.application.DocumentCheck;
import ru.portal500.documents.domain.Document;
import ru.portal500.documents.domain.DocumentState;
import ru.portal500.expertise.domain.ChecklistVersion;
import ru.portal500.expertise.domain.ExpertReview;
import ru.portal500.expertise.domain.ExpertiseRound;
import ru.portal500.expertise.domain.ExpertiseRuleException;
import ru.portal500.expertise.domain.RoundChange;
import ru.portal500.expertise.domain.RoundKind;
import ru.portal500.expertise.domain.RoundSettings;
import ru.portal500.expertise.infrastructure.ChecklistRepository;
import ru.portal500.expertise.infrastructure.ReviewRepository;
import ru.portal500.expertise.infrastructure.RoundRepository;
import ru.portal500.identity.application.AccessGuard;
import ru.portal500.identity.domain.Role;
import ru.portal500.tenancy.domain.Scope;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.shared.domain.ConcurrentChangeException;
import ru.portal500.tenancy.domain.Municipality;
import ru.portal500.tenancy.domain.School;

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
    RoundRepository rounds;

    @Inject
    ReviewRepository reviews;

    @Inject
    ChecklistRepository checklists;

    @Inject
    ReviewerPool reviewers;

    @Inject
    ExpertiseNotices notices;

    @Inject
    Event<DocumentCheck.DocumentChanged> documentReturned;

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
        Campaign campaign = guard.requireFound(rounds.campaign(request.regionCode(), request.schoolYear()),
                "campaign/" + request.schoolYear());
        campaign.requireOpen();
        Municipality municipality = request.kind() != RoundKind.MUNICIPAL ? null
                : guard.requireFound(rounds.municipality(request.regionCode(), request.municipalityCode()),
                "municipality/" + request.municipalityCode());
        ChecklistVersion checklist = guard.requireFound(checklists.checklist(request.regionCode(), request.checklistId()),
                "checklist/" + request.checklistId());
        ChangeStamp stamp = access.stamp();
        ExpertiseRound round = rounds.add(new ExpertiseRound(campaign, municipality, request.kind(),
                request.title(), checklist, request.settings(), stamp));
        rounds.record(RoundChange.created(round, stamp));
        return round;
    }

    @Transactional
    public ExpertiseRound change(long roundId, RoundSettings settings, long readAtVersion) {
        ExpertiseRound round = access.roundToOrganise(roundId);
        if (round.getVersion() != readAtVersion) {
            throw new ConcurrentChangeException("expertise.error.changedMeanwhile");
        }
        RoundSettings before = round.settings();
        round.change(settings);
        rounds.record(RoundChange.settingsChanged(round, before, access.stamp()));
        rounds.flush();
        return round;
    }

    @Transactional
    public ExpertiseRound close(long roundId) {
        ExpertiseRound round = access.roundToOrganise(roundId);
        round.close();
        rounds.record(List.of(RoundChange.closed(round, access.stamp())));
        return round;
    }

    /** The documents the round may take: its campaign's (and municipality's), of its type, submitted or approved. */
    @Transactional
    public List<Document> candidates(long roundId) {
        return rounds.candidates(access.roundToOrganise(roundId), REVIEWABLE);
    }

    /** An expert named by hand for a document; refused on a conflict of interest or a second review of it. */
    @Transactional
    public ExpertReview assignExpert(long roundId, long documentId, String username) {
        ExpertiseRound round = access.roundToOrganise(roundId);
        if (round.getKind() == RoundKind.MUTUAL) {
            throw new ExpertiseRuleException("expertise.error.mutualNeedsSchools");
        }
        Document document = candidate(round, documentId);
        ReviewerPool.Expert expert = reviewers.expert(round, username)
                .orElseThrow(() -> new ExpertiseRuleException("expertise.error.notAnExpert", username));
        List<ExpertReview> existing = reviews.reviews(round);
        if (existing.stream().anyMatch(r -> r.getDocument().equals(document) && r.isByExpert(username))) {
            throw new ExpertiseRuleException("expertise.error.alreadyReviewing", expert.name());
        }
        if (!reviewers.conflicts(round).expertMayReview(expert.places(), document.getSchool().getId(),
                document.getSchool().getMunicipality().getId(), round.isOtherMunicipality())) {
            throw new ExpertiseRuleException("expertise.error.conflict", expert.name(), document.getSchool().getName());
        }
        ChangeStamp stamp = access.stamp();
        ExpertReview review = reviews.add(ExpertReview.byExpert(round, document, username, expert.name(), stamp));
        rounds.record(List.of(RoundChange.assigned(review, false, stamp)));
        notices.assigned(List.of(review));
        return review;
    }

    /** The campaign's rounds the caller organises, newest first. */
    @Transactional
    public List<ExpertiseRound> rounds(String regionCode, int schoolYear) {
        guard.requireActsIn(regionCode, "expertise.read");
        return rounds.rounds(regionCode, schoolYear).stream().filter(access::mayOrganise).toList();
    }

    /** Whether the caller organises rounds of some kind in the region (the page shows the form). */
    public boolean organisesIn(String regionCode) {
        return access.caller().getGrants().stream().anyMatch(g -> g.scope().region().equals(regionCode)
                && (g.role() == Role.REGIONAL_OPERATOR || g.role() == Role.MUNICIPAL_COORDINATOR));
    }

    /** The experts who may be named in the round (for the organiser's choice). */
    @Transactional
    public List<ReviewerPool.Expert> experts(long roundId) {
        return reviewers.experts(access.roundToOrganise(roundId));
    }

    /** A school named by hand to review a document in a mutual round (e.g. one more reviewer where experts diverge). */
    @Transactional
    public ExpertReview assignSchool(long roundId, long documentId, long schoolId) {
        ExpertiseRound round = access.roundToOrganise(roundId);
        if (round.getKind() != RoundKind.MUTUAL) {
            throw new ExpertiseRuleException("expertise.error.expertsOnly");
        }
        Document document = candidate(round, documentId);
        School school = rounds.participatingSchools(round.getCampaign()).stream()
                .filter(s -> s.getId() == schoolId).findFirst()
                .orElseThrow(() -> new ExpertiseRuleException("expertise.error.notParticipating"));
        if (reviews.reviews(round).stream().anyMatch(r -> r.getDocument().equals(document)
                && school.equals(r.getReviewerSchool()) && r.getState().isActive())) {
            throw new ExpertiseRuleException("expertise.error.alreadyReviewing", school.getName());
        }
        if (!reviewers.conflicts(round).schoolMayReview(schoolId, document.getSchool().getId())) {
            throw new ExpertiseRuleException("expertise.error.conflict", school.getName(), document.getSchool().getName());
        }
        ChangeStamp stamp = access.stamp();
        ExpertReview review = reviews.add(ExpertReview.bySchool(round, document, school, stamp));
        rounds.record(List.of(RoundChange.assigned(review, false, stamp)));
        notices.assigned(List.of(review));
        return review;
    }

    /** Back to the school when the expertise found it does not conform; its next submission is a new round. */
    @Transactional
    public Document returnToSchool(long roundId, long documentId, String comment) {
        ExpertiseRound round = access.roundToOrganise(roundId);
        Document document = reviews.reviews(round).stream().map(ExpertReview::getDocument)
                .filter(d -> d.getId() == documentId).findFirst()
                .orElseThrow(() -> new ExpertiseRuleException("expertise.error.notCandidate"));
        ChangeStamp stamp = access.stamp();
        document.returnAfterExpertise(comment, stamp);
        rounds.record(List.of(RoundChange.returned(round, document, comment, stamp)));
        documentReturned.fire(new DocumentCheck.DocumentChanged(document, DocumentState.RETURNED,
                access.stamp().name(), comment.strip()));
        return document;
    }

    private Document candidate(ExpertiseRound round, long documentId) {
        return rounds.candidates(round, REVIEWABLE).stream().filter(d -> d.getId() == documentId).findFirst()
                .orElseThrow(() -> new ExpertiseRuleException("expertise.error.notCandidate"));
    }

    /** The round's history, oldest first, for whoever organises it (another region's round is not found). */
    @Transactional
    public List<RoundChange> history(long roundId) {
        return rounds.changes(access.roundToOrganise(roundId));
    }

    @Transactional
    public List<ExpertReview> reviews(long roundId) {
        return reviews.reviews(access.roundToOrganise(roundId));
    }
}
