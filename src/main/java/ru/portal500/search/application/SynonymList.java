package ru.portal500.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.identity.application.AccessGuard;
import ru.portal500.identity.application.AuditLog;
import ru.portal500.identity.domain.AuditEventType;
import ru.portal500.identity.domain.Caller;
import ru.portal500.identity.domain.Role;
import ru.portal500.tenancy.domain.Scope;
import ru.portal500.search.domain.SynonymGroup;
import ru.portal500.search.engine.Synonyms;
import ru.portal500.search.infrastructure.SynonymGroupRepository;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.shared.domain.InvalidRequestException;
import ru.portal500.tenancy.domain.Region;
import ru.portal500.tenancy.application.Territories;

import java.time.Clock;
import java.util.List;

/**
 * A region's synonym list: the groups its regional operator adds to the built-in list (and only they read
 * and change them). A group is checked against the search's analysis chain before it is stored, and a
 * refusal says exactly which phrase is wrong and why. Every change is in the audit log and reaches searches
 * once it has committed ({@link Changed}).
 */
@ApplicationScoped
public class SynonymList {

    /** The most groups one region may add. */
    public static final int MAX_GROUPS = 300;

    /** Longest piece of a phrase quoted in a message. */
    private static final int QUOTED = 60;

    @Inject
    AccessGuard guard;

    @Inject
    AuditLog audit;

    @Inject
    SynonymGroupRepository groups;

    @Inject
    Territories territories;

    @Inject
    Event<Changed> changed;

    Clock clock = Clock.systemUTC();

    /** A region's list changed (fired in the transaction; searches pick it up after the commit). */
    public record Changed(String regionCode) {
    }

    /** The region's own groups, oldest first. */
    public List<SynonymGroup> groups(String regionCode) {
        guard.requireHolds(Role.REGIONAL_OPERATOR, regionCode, "search.synonyms.read");
        return groups.of(regionCode);
    }

    /** The built-in list every search uses, as the operator's page shows it beside the region's own. */
    public List<List<String>> builtIn(String regionCode) {
        guard.requireHolds(Role.REGIONAL_OPERATOR, regionCode, "search.synonyms.read");
        return Synonyms.builtIn().groups();
    }

    @Transactional
    public SynonymGroup add(String regionCode, List<String> phrases) {
        Scope scope = guard.requireHolds(Role.REGIONAL_OPERATOR, regionCode, "search.synonyms.add");
        List<String> tidied = checked(phrases);
        if (groups.count(regionCode) >= MAX_GROUPS) {
            throw new InvalidRequestException("search.synonyms.error.tooManyGroups", MAX_GROUPS);
        }
        Region region = guard.requireFound(territories.findRegion(regionCode), "region");
        SynonymGroup group = groups.add(new SynonymGroup(region, tidied, stamp()));
        audit.record(AuditEventType.SYNONYM_GROUP_ADDED, scope, "synonym group " + group.getId(), String.join(" | ", tidied));
        changed.fire(new Changed(regionCode));
        return group;
    }

    @Transactional
    public SynonymGroup change(String regionCode, long id, List<String> phrases) {
        Scope scope = guard.requireHolds(Role.REGIONAL_OPERATOR, regionCode, "search.synonyms.change");
        SynonymGroup group = guard.requireFound(groups.find(regionCode, id), "synonym group");
        List<String> tidied = checked(phrases);
        String before = String.join(" | ", group.getPhrases());
        group.change(tidied, stamp());
        audit.record(AuditEventType.SYNONYM_GROUP_CHANGED, scope, "synonym group " + id,
                before + " → " + String.join(" | ", tidied));
        changed.fire(new Changed(regionCode));
        return group;
    }

    @Transactional
    public void remove(String regionCode, long id) {
        Scope scope = guard.requireHolds(Role.REGIONAL_OPERATOR, regionCode, "search.synonyms.remove");
        SynonymGroup group = guard.requireFound(groups.find(regionCode, id), "synonym group");
        groups.remove(group);
        audit.record(AuditEventType.SYNONYM_GROUP_REMOVED, scope, "synonym group " + id,
                String.join(" | ", group.getPhrases()));
        changed.fire(new Changed(regionCode));
    }

    private ChangeStamp stamp() {
        Caller caller = guard.caller();
        return new ChangeStamp(caller.getUsername(), caller.getFullName(), clock.instant());
    }

    /**
     * The phrases tidied, or a refusal that names the phrase at fault.
     *
     * @throws InvalidRequestException the group could not be used in a search
     */
    static List<String> checked(List<String> phrases) {
        List<String> tidied = SynonymGroup.tidy(phrases);
        Synonyms.issue(tidied.toArray(String[]::new)).ifPresent(issue -> {
            throw switch (issue.problem()) {
                case TOO_FEW_PHRASES -> issue.phrase() == null
                        ? new InvalidRequestException("search.synonyms.error.tooFew")
                        : new InvalidRequestException("search.synonyms.error.same", quoted(issue.sameAs()),
                        quoted(issue.phrase()));
                case TOO_MANY_PHRASES -> new InvalidRequestException("search.synonyms.error.tooManyPhrases",
                        tidied.size(), Synonyms.MAX_GROUP_PHRASES);
                case NO_SEARCHABLE_WORD -> new InvalidRequestException("search.synonyms.error.noWord",
                        quoted(issue.phrase()));
                case PHRASE_TOO_LONG -> issue.phrase().length() > Synonyms.MAX_PHRASE_CHARS
                        ? new InvalidRequestException("search.synonyms.error.tooLong", quoted(issue.phrase()),
                        Synonyms.MAX_PHRASE_CHARS)
                        : new InvalidRequestException("search.synonyms.error.tooManyWords", quoted(issue.phrase()),
                        Synonyms.MAX_PHRASE_WORDS);
            };
        });
        return tidied;
    }

    /** A phrase as a message quotes it: its beginning if it is long. */
    static String quoted(String phrase) {
        return phrase.length() <= QUOTED ? phrase : phrase.substring(0, QUOTED - 1).strip() + "…";
    }
}
