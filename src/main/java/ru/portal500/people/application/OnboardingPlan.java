package ru.portal500.people.application;

import ru.portal500.identity.domain.Caller;
import ru.portal500.identity.domain.Grant;
import ru.portal500.tenancy.domain.Scope;
import ru.portal500.shared.imports.ImportProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The lines of an onboarding file checked against the portal: each place is a municipality or school the
 * importer manages (by code or by name), each role one they may grant there, and an address that already has an
 * account only gets the role (unless it holds it already). Any problem, and nothing of the plan is applied.
 */
public final class OnboardingPlan {

    /** The places of the region the importer manages, by code or by name. */
    public interface Places {
        Optional<Scope> municipality(String codeOrName);

        /** A school by code or name, inside the municipality when one is given, otherwise anywhere they manage. */
        Optional<Scope> school(Scope municipality, String codeOrName);
    }

    /** Existing accounts by e-mail: the grants they hold (empty when there is no such account). */
    public interface Accounts {
        Optional<Set<Grant>> grantsOf(String email, Scope place);
    }

    /** One person to onboard: an invitation to a new account, or the role for an existing one. */
    public record Step(int line, OnboardingFile.Row row, Grant grant, boolean existingAccount) {
    }

    private final List<Step> steps;
    private final List<ImportProblem> problems;

    private OnboardingPlan(List<Step> steps, List<ImportProblem> problems) {
        this.steps = List.copyOf(steps);
        this.problems = List.copyOf(problems);
    }

    public static OnboardingPlan of(OnboardingFile file, String region, Caller caller, Places places, Accounts accounts) {
        List<ImportProblem> problems = new ArrayList<>(file.problems().stream()
                .map(p -> "onboarding.error.role".equals(p.messageKey()) ? withGrantableRoles(p, caller) : p).toList());
        List<Step> steps = new ArrayList<>();
        for (OnboardingFile.Row row : file.rows()) {
            int before = problems.size();
            Scope municipality = null;
            if (row.municipality() != null) {
                municipality = places.municipality(row.municipality()).orElse(null);
                if (municipality == null) {
                    problems.add(OnboardingFile.problem(row.line(), "municipality", "import.error.municipality",
                            row.municipality()));
                }
            }
            Scope school = null;
            if (row.school() != null && (row.municipality() == null || municipality != null)) {
                school = places.school(municipality, row.school()).orElse(null);
                if (school == null) {
                    problems.add(OnboardingFile.problem(row.line(), "school", "onboarding.error.school", row.school()));
                }
            }
            if (problems.size() > before) {
                continue;
            }
            Scope place = school != null ? school : municipality != null ? municipality : Scope.ofRegion(region);
            if (!caller.mayGrantRole(row.role().role())) {
                problems.add(OnboardingFile.problem(row.line(), "role", "onboarding.error.forbidden", row.roleWord()));
                continue;
            }
            if (!row.role().role().isGrantableAt(place.level())) {
                problems.add(misplaced(row, place));
                continue;
            }
            Grant grant = new Grant(row.role().role(), place);
            if (!caller.mayGrant(grant)) {
                problems.add(OnboardingFile.problem(row.line(), "role", "onboarding.error.forbidden", row.roleWord()));
                continue;
            }
            Optional<Set<Grant>> held = accounts.grantsOf(row.email(), place);
            if (held.isPresent() && held.get().contains(grant)) {
                problems.add(OnboardingFile.problem(row.line(), "email", "onboarding.error.holds", row.email(),
                        row.roleWord()));
                continue;
            }
            steps.add(new Step(row.line(), row, grant, held.isPresent()));
        }
        problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return new OnboardingPlan(steps, problems);
    }

    /**
     * The bundle's list of the role words the caller may grant (the page's hint and the unknown-role message
     * name the same): a regional operator grants every role of the file, a municipal coordinator those below theirs.
     */
    public static String grantableRolesKey(Caller caller) {
        return caller.mayGrantRole(ru.portal500.identity.domain.Role.MUNICIPAL_COORDINATOR)
                ? "onboarding.roles.operator" : "onboarding.roles.coordinator";
    }

    private static ImportProblem withGrantableRoles(ImportProblem unknown, Caller caller) {
        return new ImportProblem(unknown.line(), unknown.column(), unknown.messageKey(), unknown.arguments()[0],
                new ru.portal500.shared.i18n.Texts.Phrase(grantableRolesKey(caller)));
    }

    /** Why the role cannot be held at the place: it needs a school, or a municipality, or the region. */
    private static ImportProblem misplaced(OnboardingFile.Row row, Scope place) {
        if (row.role().role().isGrantableAt(Scope.Level.SCHOOL) && place.level() != Scope.Level.SCHOOL) {
            return OnboardingFile.problem(row.line(), "school", "onboarding.error.schoolRequired", row.roleWord());
        }
        if (row.role().role().isGrantableAt(Scope.Level.MUNICIPALITY) && place.level() == Scope.Level.REGION) {
            return OnboardingFile.problem(row.line(), "municipality", "onboarding.error.municipalityRequired",
                    row.roleWord());
        }
        if (!row.role().role().isGrantableAt(Scope.Level.MUNICIPALITY) && !row.role().role().isGrantableAt(Scope.Level.SCHOOL)) {
            return OnboardingFile.problem(row.line(), "municipality", "onboarding.error.regionOnly", row.roleWord());
        }
        return OnboardingFile.problem(row.line(), "role", "onboarding.error.notAtPlace", row.roleWord());
    }

    public List<Step> steps() {
        return steps;
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    public boolean applicable() {
        return problems.isEmpty() && !steps.isEmpty();
    }
}
