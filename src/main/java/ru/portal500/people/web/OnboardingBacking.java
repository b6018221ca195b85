package ru.portal500.people.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import ru.portal500.identity.application.CurrentCaller;
import ru.portal500.people.application.HandoverRequest;
import ru.portal500.people.application.Onboarding;
import ru.portal500.people.application.OnboardingOutcome;
import ru.portal500.people.application.RoleHandover;
import ru.portal500.shared.imports.ImportFiles;
import ru.portal500.shared.web.FacesMessages;
import ru.portal500.shared.web.LanguageBacking;
import ru.portal500.shared.i18n.Texts;

import java.io.Serializable;
import java.util.List;

/**
 * Page {@code /app/onboarding.xhtml}: a regional operator or a municipal coordinator uploads a table of people;
 * the portal checks it (nothing applied) and lists every problem by line and column, or the people it would
 * invite or grant a role to, and applies that on request. Below, a role is handed over from one person to another.
 */
@Named
@ViewScoped
public class OnboardingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Onboarding onboarding;

    @Inject
    RoleHandover handover;

    @Inject
    ru.portal500.people.application.PersonRecords records;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    FacesMessages messages;

    @Inject
    ru.portal500.tenancy.application.TerritoryDirectory territories;

    @Inject
    LanguageBacking language;

    /** One problem as the page shows it. */
    public record Problem(int line, String column, String message) implements Serializable {
    }

    private byte[] file;
    private String fileName;
    private List<Problem> problems = List.of();
    private List<OnboardingOutcome.Line> lines = List.of();
    private boolean applied;
    private String stopped;
    private final HandoverForm handoverForm = new HandoverForm();
    private List<jakarta.faces.model.SelectItem> places;
    private List<ru.portal500.identity.domain.Role> roles;
    private String homeUsername;
    private String homePlace;

    /** The handover form's fields. */
    public static class HandoverForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String from;
        private String to;
        private String role;
        private String scope;

        public String getFrom() {
            return from;
        }

        public void setFrom(String from) {
            this.from = from;
        }

        public String getTo() {
            return to;
        }

        public void setTo(String to) {
            this.to = to;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }

        public String getScope() {
            return scope;
        }

        public void setScope(String scope) {
            this.scope = scope;
        }
    }

    /**
     * The roles the caller may hand over, in the enum's order: those they may grant at one of their places at
     * least (a coordinator: roles below theirs, in their municipalities and schools). The first is the one chosen.
     */
    public List<ru.portal500.identity.domain.Role> getRoles() {
        if (roles == null) {
            var caller = currentCaller.get();
            List<ru.portal500.tenancy.domain.Scope> at = getPlaces().stream()
                    .map(item -> ru.portal500.tenancy.domain.Scope.parse(String.valueOf(item.getValue()))).toList();
            roles = java.util.Arrays.stream(ru.portal500.identity.domain.Role.values())
                    .filter(r -> at.stream().anyMatch(p -> r.isGrantableAt(p.level())
                            && caller.mayGrant(new ru.portal500.identity.domain.Grant(r, p))))
                    .toList();
        }
        return roles;
    }

    /** The role words of the file the caller may grant, as the hint and the unknown-role message list them. */
    public String getGrantableRoles() {
        return Texts.get(language.getLocale(),
                ru.portal500.people.application.OnboardingPlan.grantableRolesKey(currentCaller.get()));
    }

    /** The places the caller administers (their region, municipalities and schools), by path, named. */
    public List<jakarta.faces.model.SelectItem> getPlaces() {
        if (places == null) {
            var caller = currentCaller.get();
            places = new java.util.ArrayList<>();
            for (String regionCode : caller.regions()) {
                var region = ru.portal500.tenancy.domain.Scope.ofRegion(regionCode);
                if (caller.administers(region)) {
                    places.add(new jakarta.faces.model.SelectItem(region.groupPath(), territories.describe(region)));
                }
            }
            for (var m : territories.municipalities()) {
                if (!caller.administers(m.scope())) {
                    continue;
                }
                places.add(new jakarta.faces.model.SelectItem(m.scope().groupPath(), m.getName()));
                territories.schoolsOf(m).forEach(s -> places.add(new jakarta.faces.model.SelectItem(
                        s.scope().groupPath(), m.getName() + " › " + s.getName())));
            }
        }
        return places;
    }

    private String region() {
        return currentCaller.get().regions().stream().findFirst().orElse("-");
    }

    /** The largest file the upload takes: a larger one is refused before it is sent. */
    public long getMaxBytes() {
        return ImportFiles.MAX_BYTES;
    }

    public String getTooLargeMessage() {
        return Texts.get(language.getLocale(), "import.error.size", ImportFiles.MAX_MEGABYTES);
    }

    public void upload(FileUploadEvent event) {
        applied = false;
        stopped = null;
        lines = List.of();
        if (event.getFile().getSize() > ImportFiles.MAX_BYTES) {
            file = null;
            problems = List.of(new Problem(0, null, Texts.get(language.getLocale(), "import.error.size",
                    ImportFiles.MAX_MEGABYTES)));
            return;
        }
        file = event.getFile().getContent();
        fileName = event.getFile().getFileName();
        messages.attempt(() -> show(onboarding.onboard(region(), file, true)));
    }

    public void apply() {
        if (file == null || !problems.isEmpty()) {
            return;
        }
        messages.runReporting(() -> new Object[]{told(show(onboarding.onboard(region(), file, false)))},
                "onboarding.message.applied");
        file = null;
    }

    public void handOver() {
        HandoverRequest request = new HandoverRequest();
        request.from = handoverForm.from;
        request.to = handoverForm.to;
        request.role = handoverForm.role;
        request.scope = handoverForm.scope;
        messages.run(() -> handover.handOver(request), "handover.message.done", String.valueOf(handoverForm.from),
                String.valueOf(handoverForm.to));
    }

    /**
     * Sets a person's home organisation (a municipality or a school of the caller's). A person who is not among the
     * caller's people is named in the refusal (the service answers "not found", as the API's 404 does).
     */
    public void setHome() {
        String person = homeUsername == null ? "" : homeUsername.strip();
        if (person.isEmpty()) {
            messages.error("profile.homeForm.error.person");
            return;
        }
        messages.run(() -> {
            try {
                records.setHome(person, homePlace);
            } catch (ru.portal500.shared.domain.NoSuchResourceException notAmongYours) {
                throw new ru.portal500.shared.domain.InvalidRequestException("profile.homeForm.error.notAmongYours",
                        person);
            }
        }, "profile.message.home", person);
    }

    public String getHomeUsername() {
        return homeUsername;
    }

    public void setHomeUsername(String homeUsername) {
        this.homeUsername = homeUsername;
    }

    public String getHomePlace() {
        return homePlace;
    }

    public void setHomePlace(String homePlace) {
        this.homePlace = homePlace;
    }

    private OnboardingOutcome show(OnboardingOutcome outcome) {
        problems = outcome.problems().stream().map(p -> new Problem(p.line(), p.column(),
                Texts.get(language.getLocale(), p.messageKey(), p.arguments()))).toList();
        lines = outcome.lines();
        applied = outcome.applied();
        stopped = outcome.stopped() ? outcome.stopTold(language.getLocale()) : null;
        return outcome;
    }

    /** Which of the three the message tells: applied (0), stopped part-way (1), refused with problems (2). */
    private static int told(OnboardingOutcome outcome) {
        return outcome.applied() ? 0 : outcome.stopped() ? 1 : 2;
    }

    /** What a run that stopped part-way did and did not (null when it did not stop). */
    public String getStopped() {
        return stopped;
    }

    public boolean isChecked() {
        return file != null || applied || !problems.isEmpty();
    }

    public boolean isApplicable() {
        return file != null && problems.isEmpty() && !lines.isEmpty() && !applied && stopped == null;
    }

    public String getFileName() {
        return fileName;
    }

    public List<Problem> getProblems() {
        return problems;
    }

    public List<OnboardingOutcome.Line> getLines() {
        return lines;
    }

    public boolean isApplied() {
        return applied;
    }

    public HandoverForm getHandoverForm() {
        return handoverForm;
    }
}
