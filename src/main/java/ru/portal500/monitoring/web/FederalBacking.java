package ru.portal500.monitoring.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.portal500.monitoring.application.FederalRollUp;
import ru.portal500.shared.web.FacesMessages;

import java.io.Serializable;
import java.util.Optional;

/**
 * Page {@code /app/federal.xhtml}: the federal reader's roll-up of a school year — every region's reporting and the
 * regions at each indicator's target; for the region chosen ({@code region}), its indicators and its municipalities,
 * with the value of the indicator chosen in each. Counts and shares only.
 */
@Named
@ViewScoped
public class FederalBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FederalRollUp rollUp;

    @Inject
    FacesMessages messages;

    @Inject
    ru.portal500.shared.web.Formats formats;

    private Integer year;
    private String region;
    private String indicator;
    private FederalRollUp.RollUp view;

    /** View action: the roll-up through the service (without the role: the 403 page). */
    public void load() {
        if (view == null) {
            messages.attempt(() -> {
                view = rollUp.rollUp(year);
                if (indicator == null) {
                    indicator = view.columns().stream().findFirst().map(FederalRollUp.Column::code).orElse(null);
                }
            });
        }
    }

    /** The region chosen, if the roll-up has it. */
    public FederalRollUp.RegionLine getChosenRegion() {
        return view == null || region == null ? null : view.regions().stream().filter(r -> r.region().equals(region))
                .findFirst().orElse(null);
    }

    public FederalRollUp.Column getChosenColumn() {
        return view == null ? null : view.columns().stream().filter(c -> c.code().equals(indicator)).findFirst()
                .orElse(null);
    }

    /** An indicator's title by its code. */
    public String title(String code) {
        return view.columns().stream().filter(c -> c.code().equals(code)).findFirst()
                .map(FederalRollUp.Column::title).orElse(code);
    }

    /** A place's figure of the indicator chosen (none when the place has no such indicator). */
    public FederalRollUp.Figure figure(java.util.List<FederalRollUp.Figure> figures) {
        return figures.stream().filter(f -> f.code().equals(indicator)).findFirst()
                .orElse(new FederalRollUp.Figure(indicator, null, ru.portal500.monitoring.domain.Target.Light.NO_VALUE));
    }

    /** A figure as the page shows it: its number with the indicator's unit («62,5 %»), «—» for none. */
    public String shown(FederalRollUp.Figure figure) {
        if (figure.value() == null) {
            return "—";
        }
        boolean percent = view.columns().stream().anyMatch(c -> c.code().equals(figure.code())
                && c.unit() == ru.portal500.monitoring.domain.Unit.PERCENT);
        return percent ? formats.percentage(figure.value()) : formats.number(figure.value());
    }

    /** A rate as the page shows it, «—» where nothing was expected. */
    public String rate(java.math.BigDecimal percent) {
        return percent == null ? "—" : formats.percentage(percent);
    }

    /** A region's share of schools at the chosen indicator's target, as "n / m" ("—" for none). */
    public String reached(FederalRollUp.RegionLine line, String code) {
        return Optional.ofNullable(line.reached().get(code)).filter(s -> s.denominator() > 0)
                .map(s -> s.numerator() + " / " + s.denominator()).orElse("—");
    }

    public FederalRollUp.RollUp getView() {
        return view;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getIndicator() {
        return indicator;
    }

    public void setIndicator(String indicator) {
        this.indicator = indicator;
    }
}
