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
