package ru.portal500.contests.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.portal500.contests.domain.Contest;
import ru.portal500.contests.domain.EntryReview;
import ru.portal500.identity.application.ContestGrants;
import ru.portal500.identity.domain.Role;
import ru.portal500.notifications.application.Notifications;
import ru.portal500.notifications.application.Recipients;
import ru.portal500.notifications.domain.Recipient;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What judging tells people, in the portal and by mail: each juror their new reviews with the jury's due date (one
 * message per juror, however many entries), and the contest's organisers an entry the jury disagreed on that no
 * juror could be added to.
 */
@ApplicationScoped
public class JuryNotices {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    Notifications notifications;

    @Inject
    Recipients recipients;

    @Inject
    ContestGrants grants;

    /** Tells each juror of the reviews just given to them. */
    public void assigned(Contest contest, Collection<EntryReview> added) {
        Map<String, List<EntryReview>> byJuror = added.stream()
                .collect(Collectors.groupingBy(EntryReview::getJuror, TreeMap::new, Collectors.toList()));
        LocalDate due = contest.stages().judging();
        byJuror.forEach((juror, reviews) -> notifications.notify(recipients.named(List.of(juror)),
                reviews.stream().anyMatch(EntryReview::isExtra) ? "contests.notice.extraJuror"
                        : "contests.notice.assigned",
                List.of(contest.getTitle(), String.valueOf(reviews.size()), due == null ? "" : DAY.format(due)),
                "/app/judging.xhtml"));
    }

    /** Tells the contest's organisers that a divergent entry needs their moderated decision. */
    public void moderationNeeded(Contest contest, long entryId) {
        List<Recipient> organisers = new ArrayList<>(recipients.holding(Role.CONTEST_ORGANISER, contest.scope()));
        organisers.addAll(recipients.named(grants.holders(contest.getId(), contest.getRegion().getCode()).stream()
                .filter(h -> h.role() == Role.CONTEST_ORGANISER).map(ContestGrants.Holder::username).toList()));
        notifications.notify(organisers, "contests.notice.moderationNeeded",
                List.of(contest.getTitle(), String.valueOf(entryId)),
                "/app/contest-judging.xhtml?id=" + contest.getId());
    }
}
