package ru.portal500.registry.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.portal500.identity.application.CurrentCaller;
import ru.portal500.identity.domain.Caller;
import ru.portal500.identity.domain.Role;
import ru.portal500.registry.application.CampaignDecisions;
import ru.portal500.registry.application.CampaignPlanning;
import ru.portal500.registry.application.CampaignRollover;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.registry.domain.LeavingReason;
import ru.portal500.registry.domain.SchoolYear;
import ru.portal500.shared.domain.NoSuchResourceException;
import ru.portal500.shared.web.FacesMessages;
import ru.portal500.tenancy.domain.Scope;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Page {@code /app/rollover.xhtml?year=}: the campaign of a new school year against the last one. The operator sees
 * every school of last year's programme and every school the new results propose, and records a school leaving the
 * programme; the operator and the coordinators confirm or drop last year's pairs carried into their schools.
 */
@Named
@ViewScoped
public class RolloverBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CampaignRollover rollover;

    @Inject
    CampaignPlanning planning;

    @Inject
    CampaignDecisions decisions;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    FacesMessages messages;

    private Integer year;
    private String region;
    private boolean operator;
    private boolean manager;
    private boolean archived;
    private List<CampaignRollover.Line> lines = List.of();
    private List<CampaignRollover.PairLine> pairs = List.of();
    private final Map<Long, Object> kept = new HashMap<>();
    private final Map<Long, String> notes = new HashMap<>();
    private Long leavingSchool;
    private LeavingReason leavingReason;
    private String leavingWords;

    public void load() {
        Caller caller = currentCaller.get();
        region = caller.regions().stream().findFirst().orElseThrow(NoSuchResourceException::new);
        operator = caller.holds(Role.REGIONAL_OPERATOR, Scope.ofRegion(region));
        manager = operator || !caller.scopesOf(List.of(Role.MUNICIPAL_COORDINATOR)).isEmpty();
        List<Campaign> campaigns = planning.of(region);
        if (year == null) {
            year = campaigns.stream().map(Campaign::getSchoolYear).findFirst().orElseThrow(NoSuchResourceException::new);
        }
        archived = campaigns.stream().filter(c -> c.getSchoolYear() == year).findFirst()
                .orElseThrow(NoSuchResourceException::new).isArchived();
        messages.attempt(() -> {
            lines = operator ? rollover.worksheet(region, year) : List.of();
            pairs = rollover.carriedPairs(region, year);
        });
        kept.clear();
        pairs.forEach(p -> kept.put(p.pair().getId(), p.pair().getHelpers().stream()
                .map(h -> h.username()).toArray(String[]::new)));
    }

    public void leave() {
        if (leavingSchool == null) {
            messages.error("rollover.error.chooseSchool");
            return;
        }
        if (messages.run(() -> rollover.leave(region, year, leavingSchool, leavingReason, leavingWords),
                "rollover.left")) {
            leavingSchool = null;
            leavingReason = null;
            leavingWords = null;
            load();
        }
    }

    /**
     * The school of last year's programme stays in it this year with last year's status; where the new results do
     * not propose it, the words say why (the operator's decision, on record as any other).
     */
    public void keep() {
        if (leavingSchool == null) {
            messages.error("rollover.error.chooseSchool");
            return;
        }
        CampaignRollover.Line line = lines.stream().filter(l -> l.school().getId().equals(leavingSchool)).findFirst()
                .orElse(null);
        if (line == null || line.lastYear() == null) {
            messages.error("rollover.error.chooseSchool");
            return;
        }
        if (line.proposal() == CampaignRollover.Proposal.NOT_PROPOSED
                && (leavingWords == null || leavingWords.isBlank())) {
            messages.error("rollover.error.keepWords");
            return;
        }
        if (messages.run(() -> decisions.decide(region, year, line.school().getMunicipality().getCode(),
                line.school().getCode(), line.lastYear(), leavingWords), "rollover.kept")) {
            leavingSchool = null;
            leavingReason = null;
            leavingWords = null;
            load();
        }
    }

    public void confirm(long carriedId) {
        if (messages.run(() -> rollover.confirmPair(region, year, carriedId, keptOf(carriedId)),
                "rollover.pair.confirmed")) {
            load();
        }
    }

    public void drop(long carriedId) {
        if (messages.run(() -> rollover.dropPair(region, year, carriedId, notes.get(carriedId)),
                "rollover.pair.dropped")) {
            notes.remove(carriedId);
            load();
        }
    }

    private List<String> keptOf(long carriedId) {
        Object chosen = kept.get(carriedId);
        if (chosen instanceof Object[] array) {
            return Arrays.stream(array).map(String::valueOf).toList();
        }
        if (chosen instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    /** The schools of last year's programme that have not left it yet, for the leaving form. */
    public List<CampaignRollover.Line> getMayLeave() {
        List<CampaignRollover.Line> may = new ArrayList<>();
        lines.stream().filter(l -> l.lastYear() != null && !l.left()).forEach(may::add);
        return may;
    }

    public String label(int schoolYear) {
        return SchoolYear.label(schoolYear);
    }

    public String getLabel() {
        return year == null ? "" : SchoolYear.label(year);
    }

    public String getLastLabel() {
        return year == null ? "" : SchoolYear.label(year - 1);
    }

    public LeavingReason[] getReasons() {
        return LeavingReason.values();
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public boolean isOperator() {
        return operator;
    }

    /** The year is archived: read only. */
    public boolean isArchived() {
        return archived;
    }

    public boolean isManager() {
        return manager;
    }

    public List<CampaignRollover.Line> getLines() {
        return lines;
    }

    public List<CampaignRollover.PairLine> getPairs() {
        return pairs;
    }

    public Map<Long, Object> getKept() {
        return kept;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }

    public Long getLeavingSchool() {
        return leavingSchool;
    }

    public void setLeavingSchool(Long leavingSchool) {
        this.leavingSchool = leavingSchool;
    }

    public LeavingReason getLeavingReason() {
        return leavingReason;
    }

    public void setLeavingReason(LeavingReason leavingReason) {
        this.leavingReason = leavingReason;
    }

    public String getLeavingWords() {
        return leavingWords;
    }

    public void setLeavingWords(String leavingWords) {
        this.leavingWords = leavingWords;
    }
}
