package ru.portal500.registry.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.portal500.registry.application.SupportedSchools;
import ru.portal500.tenancy.domain.School;
import ru.portal500.registry.application.RiskProfileView;
import ru.portal500.registry.application.RiskProfiles;
import ru.portal500.registry.domain.RiskProfileComparison;
import ru.portal500.registry.domain.RiskProfileState;
import ru.portal500.registry.domain.Significance;
import ru.portal500.registry.application.RegistryHistories;
import ru.portal500.shared.web.FacesMessages;
import ru.portal500.shared.web.HistoryCsv;
import ru.portal500.shared.web.LanguageBacking;
import ru.portal500.shared.i18n.Texts;

import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Page {@code /app/risk-profile.xhtml?campaign=2026&school=42}: a school's risk profile in a campaign
 * (without parameters: the caller's own school in the newest campaign) — the factors' significances and
 * choice, verification, the story, the earlier campaigns and the chart. Every action goes to
 * {@link RiskProfiles}, which checks the caller's rights again.
 */
@Named
@ViewScoped
public class RiskProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SupportedSchools supportedSchools;

    @Inject
    RiskProfiles profiles;

    @Inject
    FacesMessages messages;

    @Inject
    LanguageBacking language;

    @Inject
    ru.portal500.shared.web.Formats formats;

    private Integer campaign;
    private transient List<School> ownSchools;
    private Long school;
    private RiskProfileView view;
    private List<EditableMark> marks = List.of();
    private RiskProfileComparison history;

    /** View action: the profile through the scoped service (a forged school id ends on the 404 page). */
    public void load() {
        if (view == null) {
            messages.attempt(() -> show(profiles.view(school, campaign)));
        }
    }

    private void show(RiskProfileView shown) {
        view = shown;
        marks = shown.factors().stream().map(EditableMark::new).toList();
        history = profiles.history(shown.regionCode(), shown.municipalityCode(), shown.schoolCode());
    }

    public void save() {
        Map<Integer, Significance> significances = new HashMap<>();
        marks.forEach(m -> significances.put(m.position, m.significance == null ? null
                : Significance.valueOf(m.significance)));
        messages.run(() -> show(profiles.assess(view.regionCode(), view.campaignYear(), view.municipalityCode(),
                view.schoolCode(), significances)), "riskProfile.message.saved");
    }

    public void verify() {
        messages.run(() -> show(profiles.verify(view.regionCode(), view.campaignYear(), view.municipalityCode(),
                view.schoolCode())), "riskProfile.message.verified");
    }

    public void choose() {
        List<Integer> chosen = marks.stream().filter(m -> m.chosen).map(m -> m.position).toList();
        messages.run(() -> show(profiles.choose(view.regionCode(), view.campaignYear(), view.municipalityCode(),
                view.schoolCode(), chosen)), "riskProfile.message.chosen");
    }

    public boolean isVerified() {
        return view != null && view.state() == RiskProfileState.VERIFIED;
    }

    /** A factor may be ticked on a verified profile, by the team or the curator, once it has a significance. */
    public boolean choosable(EditableMark mark) {
        return isVerified() && view.rights().mayChoose() && mark.saved != null;
    }

    public String when(Instant at) {
        return formats.time(at);
    }

    /** A line of the story in words: "2. Дефицит педагогических кадров: средняя → высокая". */
    public String describe(RiskProfileView.Change change) {
        return Texts.get(language.getLocale(), "riskProfile.change." + change.kind().name(),
                Objects.toString(change.factorPosition(), ""), Objects.toString(change.factorTitle(), ""),
                label(change.from()), label(change.to()));
    }

    public String label(Significance significance) {
        return significance == null ? "—" : Texts.get(language.getLocale(), "Significance." + significance.name());
    }

    public Significance[] getSignificances() {
        return Significance.values();
    }

    public RiskProfileView getView() {
        return view;
    }

    public List<EditableMark> getMarks() {
        return marks;
    }

    /** The profile's story as CSV (UTF-8 with BOM, ";"), in the reader's language and zone. */
    public org.primefaces.model.StreamedContent getStoryCsv() {
        byte[] csv = HistoryCsv.of(RegistryHistories.riskProfile(view, language.getLocale()), language.getLocale(),
                formats.zone());
        return org.primefaces.model.DefaultStreamedContent.builder()
                .name(Texts.get(language.getLocale(), "riskProfile.story.fileName", view.schoolCode(),
                        String.valueOf(view.campaignYear())) + ".csv")
                .contentType("text/csv; charset=UTF-8").stream(() -> new java.io.ByteArrayInputStream(csv)).build();
    }

    public RiskProfileComparison getHistory() {
        return history;
    }

    public Integer getCampaign() {
        return campaign;
    }

    public void setCampaign(Integer campaign) {
        this.campaign = campaign;
    }

    public Long getSchool() {
        return school;
    }

    public void setSchool(Long school) {
        this.school = school;
    }

    /** A factor's row as the form edits it. */
    public static final class EditableMark implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int position;
        private final String title;
        private final Significance saved;
        private String significance;
        private boolean chosen;

        EditableMark(RiskProfileView.Factor factor) {
            this.position = factor.position();
            this.title = factor.title();
            this.saved = factor.significance();
            this.significance = saved == null ? null : saved.name();
            this.chosen = factor.chosen();
        }

        public int getPosition() {
            return position;
        }

        public String getTitle() {
            return title;
        }

        public String getSignificance() {
            return significance;
        }

        public void setSignificance(String significance) {
            this.significance = significance;
        }

        public boolean isChosen() {
            return chosen;
        }

        public void setChosen(boolean chosen) {
            this.chosen = chosen;
        }
    }

    /** The schools the caller works with, for the choice at the top (shown when there are several). */
    public List<School> getOwnSchools() {
        if (ownSchools == null) {
            ownSchools = supportedSchools.ownSchools();
        }
        return ownSchools;
    }
}
