package ru.portal500.people.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.identity.application.AccessGuard;
import ru.portal500.identity.application.PeopleAdministration;
import ru.portal500.identity.domain.Caller;
import ru.portal500.identity.domain.Grant;
import ru.portal500.identity.domain.Person;
import ru.portal500.identity.domain.Role;
import ru.portal500.tenancy.domain.Scope;
import ru.portal500.people.domain.PersonRecord;
import ru.portal500.people.infrastructure.PersonRepository;
import ru.portal500.shared.domain.BusinessException;
import ru.portal500.shared.domain.ServiceUnavailableException;
import ru.portal500.shared.imports.ImportColumns;
import ru.portal500.shared.imports.ImportProblem;
import ru.portal500.tenancy.application.TerritoryDirectory;
import ru.portal500.tenancy.domain.Municipality;
import ru.portal500.tenancy.domain.School;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Onboarding in bulk: a regional operator or a municipal coordinator brings school teams, curators, mentors,
 * tutors and experts in from a table. The dry run lists every problem by line and column; the import applies
 * only a file without any: new accounts are created in Keycloak and invited by mail (as one invitation is),
 * existing ones get the role, and each new person has a record with their home organisation. The lines are applied
 * in order, each one whole or not at all; should Keycloak fail on a line, applying stops there, the lines before it
 * stay done (Keycloak cannot take them back) and the outcome names the lines done and those not.
 */
@ApplicationScoped
public class Onboarding {

    @Inject
    AccessGuard guard;

    @Inject
    TerritoryDirectory territories;

    @Inject
    PeopleAdministration people;

    @Inject
    PersonRepository records;

    Clock clock = Clock.systemUTC();

    /** Checks the file, and unless {@code dryRun} applies it when it has no problem at all. */
    @Transactional
    public OnboardingOutcome onboard(String regionCode, byte[] file, boolean dryRun) {
        Scope region = guard.region(regionCode);
        Caller caller = guard.caller();
        guard.require(caller.hasAnyRole(List.of(Role.REGIONAL_OPERATOR, Role.MUNICIPAL_COORDINATOR))
                && caller.getGrants().stream().anyMatch(g -> g.scope().region().equals(region.region())
                && caller.administers(g.scope())), region, "onboarding.import");
        OnboardingPlan plan = OnboardingPlan.of(OnboardingFile.read(file), region.region(), caller,
                places(region.region(), caller), this::grantsOf);
        List<OnboardingOutcome.Line> lines = plan.steps().stream().map(this::line).toList();
        if (!plan.problems().isEmpty()) {
            return new OnboardingOutcome(plan.problems(), List.of(), false);
        }
        if (plan.steps().isEmpty()) {
            return new OnboardingOutcome(List.of(ImportProblem.ofFile("import.error.empty")), List.of(), false);
        }
        if (dryRun) {
            return new OnboardingOutcome(List.of(), lines, false);
        }
        for (OnboardingPlan.Step step : plan.steps()) {
            try {
                apply(step);
            } catch (BusinessException failed) {
                // Keycloak keeps what the lines before did (accounts, invitations sent, roles): they stay done and
                // recorded, and the outcome says which; this line and the rest are not applied. A new upload of the
                // same file names the lines done as holding their role already, so nothing is done twice.
                return new OnboardingOutcome(List.of(), lines, false, stop(step, failed));
            }
        }
        return new OnboardingOutcome(List.of(), lines, true);
    }

    private static OnboardingOutcome.Stop stop(OnboardingPlan.Step step, BusinessException failed) {
        return failed instanceof ServiceUnavailableException
                ? new OnboardingOutcome.Stop(step.line(), true, "onboarding.stopped.unavailable", List.of())
                : new OnboardingOutcome.Stop(step.line(), false, failed.messageKey(), Arrays.asList(failed.arguments()));
    }

    private void apply(OnboardingPlan.Step step) {
        OnboardingFile.Row row = step.row();
        if (step.existingAccount()) {
            people.grant(row.email(), step.grant());
            return;
        }
        String subject = people.invite(row.email(), row.firstName(), row.lastName(), step.grant());
        PersonRecord record = new PersonRecord(subject, row.email(), row.firstName() + " " + row.lastName(),
                row.email(), guard.caller().getUsername(), clock.instant());
        record.placesAre(Set.of(step.grant().scope()), guard.caller().getUsername(), clock.instant());
        records.add(record);
    }

    private OnboardingOutcome.Line line(OnboardingPlan.Step step) {
        return new OnboardingOutcome.Line(step.line(), step.row().fullName(), step.row().email(),
                step.row().roleWord(), territories.describe(step.grant().scope()), !step.existingAccount());
    }

    private Optional<Set<Grant>> grantsOf(String email, Scope place) {
        Optional<Person> person = people.person(email, place);
        return person.map(Person::grants);
    }

    /** The municipalities of the region the caller administers, and their schools, by code or by name. */
    private OnboardingPlan.Places places(String region, Caller caller) {
        List<Municipality> managed = territories.municipalities().stream()
                .filter(m -> m.getRegion().getCode().equals(region) && caller.administers(m.scope())).toList();
        return new OnboardingPlan.Places() {
            @Override
            public Optional<Scope> municipality(String codeOrName) {
                return managed.stream().filter(m -> matches(m.getCode(), m.getName(), codeOrName))
                        .map(Municipality::scope).findFirst();
            }

            @Override
            public Optional<Scope> school(Scope municipality, String codeOrName) {
                return managed.stream().filter(m -> municipality == null || m.scope().equals(municipality))
                        .flatMap(m -> territories.schoolsOf(m).stream())
                        .filter(s -> matches(s.getCode(), s.getName(), codeOrName)).map(School::scope).findFirst();
            }
        };
    }

    private static boolean matches(String code, String name, String written) {
        String wanted = ImportColumns.normalise(written);
        return code.equals(written.strip()) || ImportColumns.normalise(name).equals(wanted);
    }

}
