package ru.portal500.registry.domain;

import ru.portal500.shared.imports.ImportColumns;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A campaign's catalogue of risk factors: the ten federal factors, or the region's previous wording of
 * them, plus the region's own. Active titles are unique (an import names factors by title), positions
 * never change (profiles across campaigns are compared by them).
 */
public final class RiskFactorCatalogue {

    /** The federal list of risk factors, numbered 1 to 10 (ФИОКО's diagnostics of schools' risk profiles). */
    public static final List<String> FEDERAL = List.of(
            "Низкий уровень оснащения школы",
            "Дефицит педагогических кадров",
            "Недостаточная предметная и методическая компетентность педагогических работников",
            "Риски низкой адаптивности учебного процесса",
            "Несформированность внутришкольной системы повышения квалификации",
            "Низкое качество преодоления языковых и культурных барьеров",
            "Пониженный уровень качества школьной образовательной и воспитательной среды",
            "Высокая доля обучающихся с рисками учебной неуспешности",
            "Низкий уровень вовлеченности родителей",
            "Низкая учебная мотивация обучающихся");

    private final Campaign campaign;
    private final List<RiskFactor> factors;

    public RiskFactorCatalogue(Campaign campaign, List<RiskFactor> factors) {
        this.campaign = campaign;
        this.factors = new ArrayList<>(factors);
        this.factors.sort(Comparator.comparingInt(RiskFactor::getPosition));
    }

    /**
     * The catalogue a newly planned campaign starts with: the active factors of the region's previous
     * catalogue as worded there (same positions), or, for a region's first campaign, the federal list.
     */
    public static List<RiskFactor> seed(Campaign campaign, List<RiskFactor> previous) {
        List<RiskFactor> seeded = new ArrayList<>();
        if (previous.isEmpty()) {
            for (int i = 0; i < FEDERAL.size(); i++) {
                seeded.add(new RiskFactor(campaign, i + 1, FEDERAL.get(i), i + 1));
            }
            return seeded;
        }
        previous.stream().filter(f -> !f.isRetired()).sorted(Comparator.comparingInt(RiskFactor::getPosition))
                .forEach(f -> seeded.add(new RiskFactor(campaign, f.getPosition(), f.getTitle(), f.getFederalNumber())));
        return seeded;
    }

    /** A region's own factor, at the end of the list. */
    public RiskFactor add(String title) {
        String checked = RiskFactor.checkedTitle(title);
        requireUnique(checked, null);
        int position = factors.stream().mapToInt(RiskFactor::getPosition).max().orElse(0) + 1;
        RiskFactor factor = new RiskFactor(campaign, position, checked, null);
        factors.add(factor);
        return factor;
    }

    /** New wording, and whether the factor is retired (kept for the profiles that used it, offered no more). */
    public void change(RiskFactor factor, String title, boolean retired) {
        if (!factors.contains(factor)) {
            throw new IllegalArgumentException("Not a factor of this catalogue");
        }
        String checked = RiskFactor.checkedTitle(title);
        if (!retired) {
            requireUnique(checked, factor);
        }
        factor.rename(checked);
        factor.retire(retired);
    }

    private void requireUnique(String title, RiskFactor except) {
        String wanted = ImportColumns.normalise(title);
        if (active().stream().anyMatch(f -> !f.equals(except) && ImportColumns.normalise(f.getTitle()).equals(wanted))) {
            throw new RegistryRuleException("risk.factor.error.duplicate", title);
        }
    }

    /** Every factor, retired ones too, by position. */
    public List<RiskFactor> all() {
        return List.copyOf(factors);
    }

    /** The factors offered for profiles, by position. */
    public List<RiskFactor> active() {
        return factors.stream().filter(f -> !f.isRetired()).toList();
    }

    /** The active factor at a position. */
    public Optional<RiskFactor> activeAt(int position) {
        return active().stream().filter(f -> f.getPosition() == position).findFirst();
    }
}
