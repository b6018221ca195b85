package ru.portal500.expertise.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.documents.domain.Document;
import ru.portal500.expertise.domain.ExpertReview;
import ru.portal500.expertise.domain.ExpertiseRound;
import ru.portal500.expertise.domain.RoundState;
import ru.portal500.expertise.infrastructure.ReviewRepository;
import ru.portal500.expertise.infrastructure.RoundRepository;
import ru.portal500.identity.domain.Caller;
import ru.portal500.identity.domain.Role;
import ru.portal500.shared.i18n.Texts;
import ru.portal500.dashboard.application.WorkGroup;
import ru.portal500.dashboard.application.WorkItem;
import ru.portal500.dashboard.application.WorkSource;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The expertise's part of the work list: the open reviews given to the caller (as an expert, or to a school whose
 * team they are), due by their round's date; and for organisers the open rounds in which documents still wait for
 * their reviewers.
 */
@ApplicationScoped
public class ExpertiseWork implements WorkSource {

    public static final String TO_SCORE = "reviews.toScore";
    public static final String TO_STAFF = "rounds.toStaff";

    @Inject
    ReviewWork reviews;

    @Inject
    ExpertiseAccess access;

    @Inject
    RoundRepository roundRepository;

    @Inject
    ReviewRepository reviewRepository;

    @Override
    @Transactional
    public List<WorkGroup> work(Caller caller, Locale locale) {
        List<WorkGroup> groups = new ArrayList<>();
        if (caller.hasAnyRole(EnumSet.of(Role.EXPERT, Role.SCHOOL_TEAM))) {
            groups.add(WorkGroup.of(TO_SCORE, reviews.mine().stream().filter(ExpertiseWork::toScore)
                    .map(r -> new WorkItem(r.getDocument().getTitle(), reviewDetail(r), "/app/review.xhtml?id=" + r.getId(),
                            r.getAssignedAt(), r.getRound().getDue())).toList()));
        }
        if (caller.hasAnyRole(EnumSet.of(Role.REGIONAL_OPERATOR, Role.MUNICIPAL_COORDINATOR))) {
            List<WorkItem> rounds = new ArrayList<>();
            for (String region : caller.regions()) {
                for (ExpertiseRound round : roundRepository.openRounds(region)) {
                    if (!access.mayOrganise(round)) {
                        continue;
                    }
                    long waiting = documentsShort(roundRepository.candidates(round, ExpertiseRounds.REVIEWABLE).stream()
                                    .map(Document::getId).toList(), reviewRepository.reviews(round).stream()
                                    .filter(r -> r.getState().isActive()).map(r -> r.getDocument().getId()).toList(),
                            round.getReviewsPerDocument());
                    if (waiting > 0) {
                        rounds.add(new WorkItem(round.getTitle(), Texts.get(locale, "work.rounds.waiting", waiting),
                                "/app/expertise-round.xhtml?id=" + round.getId(), round.getCreatedAt(), round.getDue()));
                    }
                }
            }
            groups.add(WorkGroup.of(TO_STAFF, rounds));
        }
        return groups;
    }

    /** A review is work while it is open (assigned or a draft) in an open round. */
    static boolean toScore(ExpertReview review) {
        return review.getState().isOpen() && review.getRound().getState() == RoundState.OPEN;
    }

    /** In a blind round the reviewer does not learn the school: the detail names the round only. */
    private static String reviewDetail(ExpertReview review) {
        return review.getRound().isBlind() ? review.getRound().getTitle()
                : review.getRound().getTitle() + " — " + review.getDocument().getSchool().getName();
    }

    /**
     * How many of the round's documents (by id) have fewer active reviews than each should get; {@code reviewed}
     * holds a document's id once per active review of it.
     */
    static long documentsShort(Collection<Long> candidates, Collection<Long> reviewed, int perDocument) {
        Map<Long, Long> active = reviewed.stream().collect(Collectors.groupingBy(id -> id, Collectors.counting()));
        return candidates.stream().distinct().filter(id -> active.getOrDefault(id, 0L) < perDocument).count();
    }
}
