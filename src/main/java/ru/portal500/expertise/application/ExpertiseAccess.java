package ru.portal500.expertise.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.portal500.documents.domain.DocumentRights;
import ru.portal500.expertise.domain.ExpertReview;
import ru.portal500.expertise.domain.ExpertiseRound;
import ru.portal500.expertise.domain.RoundKind;
import ru.portal500.expertise.infrastructure.ReviewRepository;
import ru.portal500.expertise.infrastructure.RoundRepository;
import ru.portal500.identity.application.AccessGuard;
import ru.portal500.identity.domain.Caller;
import ru.portal500.identity.domain.Role;
import ru.portal500.tenancy.domain.Scope;
import ru.portal500.registry.application.SupportedSchools;
import ru.portal500.shared.domain.ChangeStamp;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Who may do what in expertise. The regional operator organises regional and mutual rounds and may step
 * into municipal ones; a municipal coordinator organises their municipality's rounds. A review is worked on
 * by its expert or, in a mutual round, by the reviewing school's team. Anything outside the caller's regions
 * is not found (the rounds' and reviews' additional criteria: an audited 404); inside them, a refusal is a 403 on
 * record.
 */
@ApplicationScoped
public class ExpertiseAccess {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Inject
    AccessGuard guard;

    @Inject
    RoundRepository rounds;

    @Inject
    ReviewRepository reviews;

    @Inject
    SupportedSchools schools;

    public Caller caller() {
        return guard.caller();
    }

    public ChangeStamp stamp() {
        return schools.stamp();
    }

    /** Today where the programme's dates are set (a due date ends at midnight in Moscow). */
    public LocalDate today() {
        return LocalDate.now(MOSCOW);
    }

    public boolean mayOrganise(Caller caller, RoundKind kind, Scope scope) {
        return caller.holds(Role.REGIONAL_OPERATOR, scope)
                || kind == RoundKind.MUNICIPAL && caller.holds(Role.MUNICIPAL_COORDINATOR, scope);
    }

    public boolean mayOrganise(ExpertiseRound round) {
        return mayOrganise(caller(), round.getKind(), round.scope());
    }

    public boolean mayReview(ExpertReview review) {
        Caller caller = caller();
        return review.isByExpert(caller.getUsername())
                || review.getReviewerSchool() != null && caller.holds(Role.SCHOOL_TEAM, review.getReviewerSchool().scope());
    }

    /** The school's side: its team, curator, coordinator and operator read what experts concluded. */
    public boolean mayReadResultsOf(ExpertReview review) {
        return DocumentRights.of(caller(), review.getDocument().getSchool().scope()).mayRead();
    }

    /** A round the caller organises. */
    public ExpertiseRound roundToOrganise(long id) {
        ExpertiseRound round = round(id);
        guard.require(mayOrganise(round), round.scope(), "expertise.organise");
        return round;
    }

    /** A round of the caller's region (its reviewers list their reviews in it; organisers manage it). */
    public ExpertiseRound round(long id) {
        return guard.requireFound(rounds.round(id), "round/" + id);
    }

    /** A review the caller works on as its reviewer. */
    public ExpertReview reviewToWork(long id) {
        ExpertReview review = review(id);
        guard.require(mayReview(review), review.getRound().scope(), "expertise.review");
        return review;
    }

    /** A review its reviewer, its round's organiser or (once submitted) the school's side may read. */
    public ExpertReview review(long id) {
        return guard.requireFound(reviews.review(id), "review/" + id);
    }
}
