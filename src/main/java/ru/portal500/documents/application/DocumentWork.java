package ru.portal500.documents.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.portal500.documents.domain.Document;
import ru.portal500.documents.domain.DocumentRights;
import ru.portal500.documents.domain.DocumentState;
import ru.portal500.documents.domain.Urgency;
import ru.portal500.documents.infrastructure.DocumentRepository;
import ru.portal500.identity.domain.Caller;
import ru.portal500.identity.domain.Role;
import ru.portal500.tenancy.domain.Scope;
import ru.portal500.registry.application.CampaignRecords;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.registry.domain.CampaignSchool;
import ru.portal500.registry.domain.SchoolStatus;
import ru.portal500.shared.domain.ServiceUnavailableException;
import ru.portal500.dashboard.application.WorkGroup;
import ru.portal500.dashboard.application.WorkItem;
import ru.portal500.dashboard.application.WorkSource;
import ru.portal500.tenancy.domain.School;
import ru.portal500.tenancy.application.Territories;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * The documents' part of the work list: for a curator and a municipal coordinator the documents their queue holds
 * (submitted to them for the check); for a regional operator the submitted documents of their region that nobody
 * else checks (the school has no curator and its municipality no coordinator, as the submission told the school);
 * for a school's team the documents returned to it for revision and the documents
 * it still owes in its newest campaign, with their due dates.
 */
@ApplicationScoped
public class DocumentWork implements WorkSource {

    public static final String TO_CHECK = "documents.toCheck";
    public static final String RETURNED = "documents.returned";
    public static final String OWED = "documents.owed";

    /** Who finds submitted documents in their work: the school's curators and its municipality's coordinator. */
    static final Set<Role> CHECKERS = EnumSet.of(Role.CURATOR, Role.MUNICIPAL_COORDINATOR);

    @Inject
    CuratorQueue queue;

    @Inject
    DocumentBoard board;

    @Inject
    DocumentRepository documents;

    @Inject
    DocumentCheck check;

    @Inject
    Territories territories;

    @Inject
    CampaignRecords records;



    @Override
    public List<WorkGroup> work(Caller caller, Locale locale) {
        List<WorkGroup> groups = new ArrayList<>();
        if (caller.hasAnyRole(CHECKERS) || caller.hasRole(Role.REGIONAL_OPERATOR)) {
            Map<Scope, Boolean> checkedByNobody = new HashMap<>();
            groups.add(WorkGroup.of(TO_CHECK, queue.waiting().stream()
                    .filter(d -> checksAsWork(caller, d.getSchool().scope()) || operatorChecks(caller, d.getSchool()
                            .scope(), () -> checkedByNobody.computeIfAbsent(d.getSchool().scope(), s -> nobodyChecks(d))))
                    .map(d -> new WorkItem(DocumentTitles.of(d, locale), where(d.getSchool()), link(d), d.getSubmittedAt(),
                            d.getDue()))
                    .toList()));
        }
        if (caller.hasRole(Role.SCHOOL_TEAM)) {
            groups.add(WorkGroup.of(RETURNED, documents.inState(DocumentState.RETURNED)
                    .filter(d -> DocumentRights.of(caller, d.getSchool().scope()).mayWrite())
                    .map(d -> new WorkItem(d.getTitle(), where(d.getSchool()), link(d), d.getLastChangeAt(), d.getDue()))
                    .toList()));
            groups.add(WorkGroup.of(OWED, owed(caller, locale)));
        }
        return groups;
    }

    /** A submitted document is work for the caller who checks it as the school's curator or coordinator. */
    static boolean checksAsWork(Caller caller, Scope school) {
        return caller.holdsAny(CHECKERS, school);
    }

    /**
     * A submitted document is the regional operator's work when they hold the role over its region and nobody
     * nearer checks it (asked only then: the answer comes from Keycloak).
     */
    static boolean operatorChecks(Caller caller, Scope school, BooleanSupplier nobodyNearerChecks) {
        return caller.holdsAny(EnumSet.of(Role.REGIONAL_OPERATOR), school) && nobodyNearerChecks.getAsBoolean();
    }

    /** Whether the school has neither a curator nor a coordinator; unknown (Keycloak away) counts as someone. */
    private boolean nobodyChecks(Document document) {
        try {
            return check.checkersOf(document).isEmpty();
        } catch (ServiceUnavailableException e) {
            return false;
        }
    }

    /** What the school still has to do with an owed document: not uploaded, a draft; returned ones are listed apart. */
    static boolean stillOwed(DocumentState state, Urgency urgency) {
        return state != DocumentState.RETURNED && (urgency == Urgency.ON_TIME || urgency == Urgency.DUE_SOON
                || urgency == Urgency.OVERDUE);
    }

    /** The owed documents of each school whose team the caller is, in the newest campaign it is supported in. */
    private List<WorkItem> owed(Caller caller, Locale locale) {
        List<WorkItem> items = new ArrayList<>();
        for (Scope scope : caller.scopesOf(List.of(Role.SCHOOL_TEAM))) {
            if (scope.level() != Scope.Level.SCHOOL) {
                continue;
            }
            Optional<School> school = territories.findSchool(scope.region(), scope.municipality(), scope.school());
            Optional<Campaign> campaign = records.campaignsOf(scope.region()).stream().findFirst();
            if (school.isEmpty() || campaign.isEmpty() || !records.statusOf(campaign.get(), school.get())
                    .map(SchoolStatus::isSupported).orElse(false)) {
                continue;
            }
            var since = records.standing(campaign.get(), school.get()).map(CampaignSchool::getDecidedAt).orElse(null);
            String boardLink = "/app/documents.xhtml?school=" + school.get().getId() + "&campaign="
                    + campaign.get().getSchoolYear();
            for (DocumentBoard.Row row : board.of(school.get().getId(), campaign.get().getSchoolYear()).owed()) {
                DocumentState state = row.document() == null ? null : row.document().getState();
                if (stillOwed(state, row.urgency())) {
                    String title = DocumentTitles.of(row.due().type(), row.due().title(), locale);
                    items.add(row.document() == null
                            ? new WorkItem(title, where(school.get()), boardLink, since, row.due().due())
                            : new WorkItem(title, where(school.get()), link(row.document()),
                            row.document().getLastChangeAt(), row.due().due()));
                }
            }
        }
        return items;
    }

    private static String where(School school) {
        return school.getName() + ", " + school.getMunicipality().getName();
    }

    private static String link(Document document) {
        return "/app/document.xhtml?id=" + document.getId();
    }
}
