package ru.portal500.search.engine;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One item of the index, as the caller builds it from the database: its unique id (by convention
 * {@code kind:number}, e.g. {@code document:12}, {@code practice:5}), what it is, its title and text, its date,
 * the values it is filtered and counted by, and its <b>access keys</b> — who may find it. A search finds an
 * item only if one of its access keys is among the caller's allowed keys, e.g. {@code public} for a published
 * practice, {@code region:64}, {@code municipality:64/atkarsky}, {@code school:64/atkarsky/atk-1} for a school's
 * document (the keys are opaque to the engine: the caller computes both sides). An item must have at least one key.
 * Build with {@link #builder(String, ItemKind)}; absent values are {@code null} (or empty sets).
 */
public record IndexedItem(String id, ItemKind kind, String title, String text, LocalDate date,
                          String regionCode, String municipalityCode, String schoolCode, String schoolName,
                          Integer campaignYear, String documentType, String status, Set<Integer> riskFactors,
                          String level, String subject, Set<String> accessKeys) {

    /** The longest id, in characters. */
    public static final int MAX_ID_LENGTH = 200;

    public IndexedItem {
        if (id == null || id.isBlank() || id.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException("An item needs an id of 1–" + MAX_ID_LENGTH + " characters: " + id);
        }
        Objects.requireNonNull(kind, "kind");
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        riskFactors = riskFactors == null ? Set.of() : Set.copyOf(new TreeSet<>(riskFactors));
        for (int factor : riskFactors) {
            if (factor < 1 || factor > 10) {
                throw new IllegalArgumentException("A risk factor is a number from 1 to 10: " + factor + " in " + id);
            }
        }
        accessKeys = accessKeys == null ? Set.of() : Set.copyOf(accessKeys);
        if (accessKeys.isEmpty() || accessKeys.stream().anyMatch(k -> k == null || k.isBlank())) {
            throw new IllegalArgumentException("An item needs at least one access key, none blank: " + id);
        }
    }

    public static Builder builder(String id, ItemKind kind) {
        return new Builder(id, kind);
    }

    /** A builder of an {@link IndexedItem}; every setter is optional except the access keys. */
    public static final class Builder {
        private final String id;
        private final ItemKind kind;
        private String title;
        private String text;
        private LocalDate date;
        private String regionCode;
        private String municipalityCode;
        private String schoolCode;
        private String schoolName;
        private Integer campaignYear;
        private String documentType;
        private String status;
        private Set<Integer> riskFactors = Set.of();
        private String level;
        private String subject;
        private Set<String> accessKeys = Set.of();

        private Builder(String id, ItemKind kind) {
            this.id = id;
            this.kind = kind;
        }

        public Builder title(String value) {
            this.title = value;
            return this;
        }

        public Builder text(String value) {
            this.text = value;
            return this;
        }

        public Builder date(LocalDate value) {
            this.date = value;
            return this;
        }

        public Builder region(String code) {
            this.regionCode = code;
            return this;
        }

        public Builder municipality(String code) {
            this.municipalityCode = code;
            return this;
        }

        public Builder school(String code, String name) {
            this.schoolCode = code;
            this.schoolName = name;
            return this;
        }

        public Builder campaignYear(Integer year) {
            this.campaignYear = year;
            return this;
        }

        public Builder documentType(String value) {
            this.documentType = value;
            return this;
        }

        public Builder status(String value) {
            this.status = value;
            return this;
        }

        public Builder riskFactors(Set<Integer> factors) {
            this.riskFactors = factors;
            return this;
        }

        public Builder level(String value) {
            this.level = value;
            return this;
        }

        public Builder subject(String value) {
            this.subject = value;
            return this;
        }

        public Builder accessKeys(Set<String> keys) {
            this.accessKeys = keys;
            return this;
        }

        public IndexedItem build() {
            return new IndexedItem(id, kind, title, text, date, regionCode, municipalityCode, schoolCode, schoolName,
                    campaignYear, documentType, status, riskFactors, level, subject, accessKeys);
        }
    }
}
