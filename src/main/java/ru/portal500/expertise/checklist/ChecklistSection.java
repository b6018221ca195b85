package ru.portal500.expertise.checklist;

import java.util.List;

/** A group of criteria in the checklist's order; the title is optional (null for criteria outside any section). */
public record ChecklistSection(String title, List<Criterion> criteria) {

    public ChecklistSection {
        title = title == null || title.isBlank() ? null : title.strip();
        criteria = List.copyOf(criteria);
    }

    public static ChecklistSection untitled(List<Criterion> criteria) {
        return new ChecklistSection(null, criteria);
    }

    public static ChecklistSection of(String title, Criterion... criteria) {
        return new ChecklistSection(title, List.of(criteria));
    }
}
