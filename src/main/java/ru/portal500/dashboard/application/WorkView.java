package ru.portal500.dashboard.application;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.bind.annotation.JsonbTransient;
import ru.portal500.shared.i18n.Texts;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The work list as the page and {@code GET /api/me/work} show it: {@code {"total", "groups": [{"kind", "label",
 * "count", "items": [{"title", "detail", "link", "since", "due"}]}]}}, dates as days in the reader's zone
 * ({@code since} may be null where a wait has no known start, {@code due} where there is no date).
 */
@JsonbPropertyOrder({"total", "groups"})
public record WorkView(long total, List<Group> groups) implements Serializable {

    /** A group: its stable key, its name in the reader's language, how many, the oldest items first. */
    @JsonbPropertyOrder({"kind", "label", "count", "items"})
    public record Group(String kind, String label, long count, List<Item> items) implements Serializable {
        @JsonbTransient
        public String getKind() {
            return kind;
        }

        @JsonbTransient
        public String getLabel() {
            return label;
        }

        @JsonbTransient
        public long getCount() {
            return count;
        }

        @JsonbTransient
        public List<Item> getItems() {
            return items;
        }
    }

    /** One piece of work: what, whose, where it is done, since which day, due which day. */
    @JsonbNillable
    @JsonbPropertyOrder({"title", "detail", "link", "since", "due"})
    public record Item(String title, String detail, String link, LocalDate since, LocalDate due) implements Serializable {
        @JsonbTransient
        public String getTitle() {
            return title;
        }

        @JsonbTransient
        public String getDetail() {
            return detail;
        }

        @JsonbTransient
        public String getLink() {
            return link;
        }

        @JsonbTransient
        public LocalDate getSince() {
            return since;
        }

        @JsonbTransient
        public LocalDate getDue() {
            return due;
        }

        /** Past its due date on the given day (in the reader's zone). */
        public boolean overdueOn(LocalDate today) {
            return due != null && today.isAfter(due);
        }
    }

    public static WorkView of(List<WorkGroup> groups, Locale locale, ZoneId zone) {
        return new WorkView(WorkList.total(groups), groups.stream().map(g -> new Group(g.kind(),
                Texts.get(locale, g.labelKey()), g.count(), g.items().stream().map(i -> item(i, zone)).toList())).toList());
    }

    private static Item item(WorkItem item, ZoneId zone) {
        return new Item(item.title(), item.detail(), item.link(), day(item.since(), zone), item.due());
    }

    private static LocalDate day(Instant at, ZoneId zone) {
        return at == null ? null : LocalDate.ofInstant(at, zone);
    }

    @JsonbTransient
    public long getTotal() {
        return total;
    }

    @JsonbTransient
    public List<Group> getGroups() {
        return groups;
    }
}
