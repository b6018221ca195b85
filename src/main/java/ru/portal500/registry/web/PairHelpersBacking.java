package ru.portal500.registry.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.portal500.identity.application.PeopleAdministration.Holder;
import ru.portal500.registry.application.PairHelpers;
import ru.portal500.registry.application.PairView;
import ru.portal500.registry.application.PairingRow;
import ru.portal500.registry.application.PairsOverview;
import ru.portal500.registry.domain.HelperFunction;
import ru.portal500.shared.web.FacesMessages;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** The helpers dialog of {@code /app/pairs.xhtml}: who is named on the chosen pair; naming and removing. */
@Named
@ViewScoped
public class PairHelpersBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 20;

    @Inject
    PairsBacking page;

    @Inject
    PairsOverview overview;

    @Inject
    PairHelpers helpers;

    @Inject
    FacesMessages messages;

    private Collection<Holder> people = List.of();
    private HelperFunction function = HelperFunction.CURATOR;
    private String username;

    /** Opens the dialog for the row's pair, with the people who could be named. */
    public void choose(PairingRow row) {
        page.setSelected(row);
        people = overview.helperCandidates(row.school());
        username = null;
    }

    public void name() {
        PairingRow row = page.getSelected();
        if (messages.runReporting(() -> new Object[] {newlyNamed(row.pair(), helpers.name(page.getRegion(),
                page.getYear(), row.pair().id(), function, username))}, "pairs.message.named")) {
            username = null;
            page.show();
        }
    }

    /** The person just named (typed as a login or an e-mail) by the name people know them by. */
    private String newlyNamed(PairView before, PairView after) {
        return after.helpers().stream().filter(h -> !before.helpers().contains(h)).findFirst()
                .map(PairView.Helper::displayName).orElse(username);
    }

    public void remove(PairView.Helper helper) {
        PairingRow row = page.getSelected();
        if (messages.run(() -> helpers.remove(page.getRegion(), page.getYear(), row.pair().id(), helper.function(),
                helper.username()), "pairs.message.removed", helper.displayName())) {
            page.show();
        }
    }

    /** Logins of the people whose login or name contains the typed text. */
    public List<String> complete(String typed) {
        String text = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return people.stream().filter(h -> h.username().toLowerCase(Locale.ROOT).contains(text)
                        || h.fullName().toLowerCase(Locale.ROOT).contains(text))
                .map(Holder::username).limit(SUGGESTIONS).toList();
    }

    /** "Елена Экспертова (expert)". */
    public String label(String login) {
        return people.stream().filter(h -> h.username().equals(login)).findFirst()
                .map(h -> h.fullName() + " (" + h.username() + ")").orElse(login);
    }

    public List<HelperFunction> getFunctions() {
        return List.of(HelperFunction.values());
    }

    public HelperFunction getFunction() {
        return function;
    }

    public void setFunction(HelperFunction function) {
        this.function = function;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }
}
