package ru.portal500.search.engine;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A judged set: a corpus of items and Russian queries with their relevant items graded 2 (about this) or 1 (partly
 * about this). Two exist: the tuning set ({@code search/judged-set.json}, {@link #load()}), on which the chain was
 * chosen and tuned, and the held-out set ({@code search/held-out-set.json}, {@link #heldOut()}), written apart from the
 * engine over other passages and never used for tuning: it only reports.
 */
record JudgedSet(List<IndexedItem> items, List<Query> queries) {

    /** A judged query: what it covers (word forms, ё, abbreviations…), the graded relevant ids, the expected correction. */
    record Query(String text, String covers, Map<String, Integer> relevant, Optional<String> didYouMean) {
    }

    /** The tuning set. */
    static JudgedSet load() {
        return load("/search/judged-set.json");
    }

    /** The held-out set: report on it, never tune on it. */
    static JudgedSet heldOut() {
        return load("/search/held-out-set.json");
    }

    private static JudgedSet load(String resource) {
        try (InputStream in = JudgedSet.class.getResourceAsStream(resource);
             JsonReader reader = Json.createReader(in)) {
            JsonObject root = reader.readObject();
            List<IndexedItem> items = root.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(JudgedSet::item).toList();
            List<Query> queries = root.getJsonArray("queries").getValuesAs(JsonObject.class).stream().map(JudgedSet::query).toList();
            return new JudgedSet(items, queries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * This set plus, for each document its DOCUMENT items are passages of (the items whose titles start alike: the
     * document's name before a colon or a dash, then the passage's own), the whole
     * document: its passages' texts joined in order, id {@code whole:<title's first item>}. A whole document's grade for
     * a query follows from its passages' grades, as the held-out set's whole seeds were judged: 1 when any passage is
     * graded 2 or its passages' grades add up to a tenth of the most they could, 2 when they add up to three tenths
     * (a substantial part of it is about the query). The tuning set has no long texts of its own; this is how passage
     * scoring is tuned without the held-out set.
     */
    JudgedSet withWholeDocuments() {
        Map<String, List<IndexedItem>> byTitle = new LinkedHashMap<>();
        items.stream().filter(i -> i.kind() == ItemKind.DOCUMENT)
                .forEach(i -> byTitle.computeIfAbsent(documentName(i.title()), t -> new java.util.ArrayList<>()).add(i));
        List<IndexedItem> all = new java.util.ArrayList<>(items);
        Map<String, List<String>> partsOf = new LinkedHashMap<>();
        byTitle.forEach((name, parts) -> {
            if (parts.size() < 3) {
                return;
            }
            IndexedItem first = parts.get(0);
            String id = "whole:" + first.id();
            all.add(IndexedItem.builder(id, ItemKind.DOCUMENT).title(name)
                    .text(String.join("\n\n", parts.stream().map(IndexedItem::text).toList()))
                    .region(first.regionCode()).accessKeys(first.accessKeys()).build());
            partsOf.put(id, parts.stream().map(IndexedItem::id).toList());
        });
        List<Query> graded = queries.stream().map(q -> {
            Map<String, Integer> relevant = new LinkedHashMap<>(q.relevant());
            partsOf.forEach((whole, parts) -> {
                int sum = parts.stream().mapToInt(p -> q.relevant().getOrDefault(p, 0)).sum();
                boolean anyTwo = parts.stream().anyMatch(p -> q.relevant().getOrDefault(p, 0) == 2);
                double share = sum / (2.0 * parts.size());
                int grade = share >= 0.3 ? 2 : anyTwo || share >= 0.1 ? 1 : 0;
                if (grade > 0) {
                    relevant.put(whole, grade);
                }
            });
            return new Query(q.text(), q.covers(), Map.copyOf(relevant), q.didYouMean());
        }).toList();
        return new JudgedSet(List.copyOf(all), graded);
    }

    private static String documentName(String title) {
        return title.split(":|\\s—\\s")[0].strip();
    }

    /** Every access key of the corpus: a caller who may see everything. */
    Set<String> allKeys() {
        Set<String> keys = new TreeSet<>();
        items.forEach(i -> keys.addAll(i.accessKeys()));
        return keys;
    }

    private static IndexedItem item(JsonObject o) {
        return IndexedItem.builder(o.getString("id"), ItemKind.valueOf(o.getString("kind")))
                .title(o.getString("title"))
                .text(o.getString("text"))
                .date(o.containsKey("date") ? LocalDate.parse(o.getString("date")) : null)
                .region(o.getString("region", null))
                .municipality(o.getString("municipality", null))
                .school(o.getString("school", null), o.getString("schoolName", null))
                .campaignYear(o.containsKey("campaignYear") ? o.getInt("campaignYear") : null)
                .documentType(o.getString("documentType", null))
                .status(o.getString("status", null))
                .riskFactors(o.containsKey("riskFactors") ? new TreeSet<>(o.getJsonArray("riskFactors").stream()
                        .map(v -> Integer.parseInt(v.toString())).toList()) : Set.of())
                .level(o.getString("level", null))
                .subject(o.getString("subject", null))
                .accessKeys(new TreeSet<>(o.getJsonArray("accessKeys").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()))
                .build();
    }

    private static Query query(JsonObject o) {
        Map<String, Integer> relevant = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> e : o.getJsonObject("relevant").entrySet()) {
            relevant.put(e.getKey(), Integer.parseInt(e.getValue().toString()));
        }
        return new Query(o.getString("query"), o.getString("covers"), Map.copyOf(relevant),
                Optional.ofNullable(o.getString("didYouMean", null)));
    }
}
