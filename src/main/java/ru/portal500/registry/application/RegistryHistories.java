package ru.portal500.registry.application;

import ru.portal500.registry.domain.RegistryChange;
import ru.portal500.shared.i18n.HistoryLine;
import ru.portal500.registry.domain.SchoolStatus;
import ru.portal500.registry.domain.Significance;
import ru.portal500.shared.i18n.Texts;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The registry's histories (a campaign's decisions, a risk profile's story) as lines a person reads, in words. */
public final class RegistryHistories {

    private RegistryHistories() {
    }

    /**
     * A campaign's decisions: the school, what was decided, the status before and after (a pair's: the curator
     * school before and after), the reason.
     */
    public static List<HistoryLine> decisions(List<RegistryChange> changes, Locale reader) {
        return changes.stream().map(c -> new HistoryLine(c.getAt(), c.getByName(), c.getBy(),
                c.getSchool().getMunicipality().getName() + " › " + c.getSchool().getName(),
                Texts.get(reader, "RegistryChangeKind." + c.getKind().name()),
                c.getKind().isAboutPairs() ? orNotSet(c.getFrom(), reader) : status(c.getFrom(), reader),
                c.getKind().isAboutPairs() ? orNotSet(c.getTo(), reader)
                        : c.getKind() == RegistryChange.Kind.LEFT_PROGRAMME
                        ? Texts.get(reader, "LeavingReason." + c.getTo()) : status(c.getTo(), reader),
                c.getReason())).toList();
    }

    /** A risk profile's story: the factor, the change, the significance before and after. */
    public static List<HistoryLine> riskProfile(RiskProfileView view, Locale reader) {
        return view.changes().stream().map(c -> new HistoryLine(c.at(), c.by(), c.login(),
                c.factorPosition() == null ? "" : c.factorPosition() + ". " + c.factorTitle(),
                Texts.get(reader, "riskProfile.change." + c.kind().name(), Objects.toString(c.factorPosition(), ""),
                        Objects.toString(c.factorTitle(), ""), significance(c.from(), reader),
                        significance(c.to(), reader)),
                significance(c.from(), reader), significance(c.to(), reader), "")).toList();
    }

    private static String status(String code, Locale reader) {
        return code == null ? notSet(reader) : Texts.get(reader, "SchoolStatus." + SchoolStatus.valueOf(code).name());
    }

    /** A value that was not there (no status before the first decision, no significance yet), in words. */
    private static String notSet(Locale reader) {
        return Texts.get(reader, "history.notSet");
    }

    private static String orNotSet(String value, Locale reader) {
        return value == null || value.isBlank() ? notSet(reader) : value;
    }

    private static String significance(Significance significance, Locale reader) {
        return significance == null ? notSet(reader) : Texts.get(reader, "Significance." + significance.name());
    }
}
