package ru.portal500.documents.domain;

import ru.portal500.registry.domain.CampaignSchedule;
import ru.portal500.registry.domain.RiskFactor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a supported school owes in a campaign: one document per "each school" type, one antirisk
 * programme per risk factor it chose, one network agreement if it is paired; due on the end of the
 * type's campaign stage. Optional types are owed nothing.
 */
public final class Requirements {

    private Requirements() {
    }

    public static List<DueDocument> of(List<DocumentType> types, List<RiskFactor> chosenFactors, boolean paired,
                                       CampaignSchedule schedule) {
        Map<String, LocalDate> stageEnds = new HashMap<>();
        schedule.stages().forEach(s -> stageEnds.put(s.key(), s.due()));
        List<DueDocument> due = new ArrayList<>();
        types.stream().filter(t -> !t.isRetired()).sorted(Comparator.comparingInt(DocumentType::getPosition))
                .forEach(type -> {
                    LocalDate date = type.getDueStage() == null ? null : stageEnds.get(type.getDueStage());
                    switch (type.getRequirement()) {
                        case EACH_SCHOOL -> due.add(new DueDocument(type.getCode(), type, null, type.getTitle(), date));
                        case EACH_PAIR -> {
                            if (paired) {
                                due.add(new DueDocument(type.getCode(), type, null, type.getTitle(), date));
                            }
                        }
                        case EACH_CHOSEN_RISK -> chosenFactors.stream()
                                .sorted(Comparator.comparingInt(RiskFactor::getPosition))
                                .forEach(f -> due.add(new DueDocument(riskSlot(type, f), type, f,
                                        type.getTitle() + ": " + f.getTitle(), date)));
                        case OPTIONAL -> {
                            // nothing owed; the school adds such documents as it wishes
                        }
                    }
                });
        return due;
    }

    /** The slot of the antirisk programme for a factor: one per factor position in the campaign. */
    public static String riskSlot(DocumentType type, RiskFactor factor) {
        return type.getCode() + ":" + factor.getPosition();
    }

    /** The slot of the n-th optional document of a type. */
    public static String optionalSlot(DocumentType type, int n) {
        return type.getCode() + "#" + n;
    }
}
