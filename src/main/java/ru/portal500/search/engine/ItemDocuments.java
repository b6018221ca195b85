package ru.portal500.search.engine;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** How an {@link IndexedItem} is laid out in the index, and read back for a hit. */
final class ItemDocuments {

    static final String ID = "id";
    static final String KIND = "kind";
    static final String TITLE = "title";
    static final String TEXT = "text";
    /** The title's words, unstemmed, for typing suggestions. */
    static final String TITLE_WORDS = "title.words";
    static final String DATE = "date";
    static final String ACCESS = "access";
    static final String MUNICIPALITY = "municipality";
    static final String SCHOOL = "school";
    static final String SCHOOL_NAME = "school.name";
    static final String DOCUMENT_TYPE = "document.type";
    static final String CAMPAIGN_YEAR = "campaign.year";

    /** Separates a school's code from its name in the school facet's values. */
    static final char LABEL_SEPARATOR = '\u001E';

    /** Tokenized, stored, with offsets in the postings: highlighting reads offsets instead of analysing again. */
    private static final FieldType TEXT_WITH_OFFSETS = new FieldType();
    /** Tokenized, not stored, documents only: a prefix filter over the titles' words. */
    private static final FieldType WORDS_ONLY = new FieldType();

    static {
        TEXT_WITH_OFFSETS.setTokenized(true);
        TEXT_WITH_OFFSETS.setStored(true);
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
        WORDS_ONLY.setTokenized(true);
        WORDS_ONLY.setOmitNorms(true);
        WORDS_ONLY.setIndexOptions(IndexOptions.DOCS);
        WORDS_ONLY.freeze();
    }

    private final FacetsConfig facetsConfig = new FacetsConfig();

    ItemDocuments() {
        for (Facet facet : Facet.values()) {
            facetsConfig.setMultiValued(facet.dimension(), true);
        }
    }

    /** The analyzer of the index writer: the Russian chain, plain words for {@link #TITLE_WORDS}. */
    static Analyzer writerAnalyzer() {
        return new PerFieldAnalyzerWrapper(RussianAnalysis.index(), Map.of(TITLE_WORDS, RussianAnalysis.words()));
    }

    static Term idTerm(String id) {
        return new Term(ID, id);
    }

    FacetsConfig facetsConfig() {
        return facetsConfig;
    }

    Document toDocument(IndexedItem item) throws java.io.IOException {
        Document doc = new Document();
        doc.add(new StringField(ID, item.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(ID, new BytesRef(item.id()))); // ties broken by id: the same order in any index
        doc.add(new StoredField(KIND, item.kind().name()));
        doc.add(new Field(TITLE, item.title(), TEXT_WITH_OFFSETS));
        doc.add(new Field(TEXT, item.text(), TEXT_WITH_OFFSETS));
        doc.add(new Field(TITLE_WORDS, item.title(), WORDS_ONLY));
        if (item.date() != null) {
            doc.add(new LongField(DATE, item.date().toEpochDay(), Field.Store.YES));
        }
        for (String key : item.accessKeys()) {
            doc.add(new StringField(ACCESS, key, Field.Store.NO));
        }
        storeIfPresent(doc, MUNICIPALITY, item.municipalityCode());
        storeIfPresent(doc, SCHOOL, item.schoolCode());
        storeIfPresent(doc, SCHOOL_NAME, item.schoolName());
        storeIfPresent(doc, DOCUMENT_TYPE, item.documentType());
        storeIfPresent(doc, CAMPAIGN_YEAR, item.campaignYear() == null ? null : item.campaignYear().toString());
        facet(doc, Facet.KIND, item.kind().name(), null);
        facet(doc, Facet.DOCUMENT_TYPE, item.documentType(), null);
        for (int factor : item.riskFactors()) {
            facet(doc, Facet.RISK_FACTOR, Integer.toString(factor), null);
        }
        facet(doc, Facet.REGION, item.regionCode(), null);
        facet(doc, Facet.MUNICIPALITY, item.municipalityCode(), null);
        facet(doc, Facet.SCHOOL, item.schoolCode(), item.schoolName());
        facet(doc, Facet.CAMPAIGN_YEAR, item.campaignYear() == null ? null : item.campaignYear().toString(), null);
        facet(doc, Facet.STATUS, item.status(), null);
        facet(doc, Facet.LEVEL, item.level(), null);
        facet(doc, Facet.SUBJECT, item.subject(), null);
        return facetsConfig.build(doc);
    }

    private static void storeIfPresent(Document doc, String field, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new StoredField(field, value));
        }
    }

    /** A filter term (field {@code f.<dimension>}) and a facet value; the label, if any, travels with the value. */
    private static void facet(Document doc, Facet facet, String value, String label) {
        String clean = clean(value);
        if (clean.isEmpty()) {
            return;
        }
        doc.add(new StringField(facet.filterField(), clean, Field.Store.NO));
        String labelled = label == null || clean(label).isEmpty() ? clean : clean + LABEL_SEPARATOR + clean(label);
        doc.add(new SortedSetDocValuesFacetField(facet.dimension(), labelled));
    }

    /** Without control characters (the facets' own separators among them), trimmed. */
    static String clean(String value) {
        return value == null ? "" : value.replaceAll("\\p{Cntrl}", " ").strip();
    }

    /** A facet value as counted: the value and its label. */
    static FacetCount facetCount(String indexed, int count) {
        int separator = indexed.indexOf(LABEL_SEPARATOR);
        return separator < 0 ? new FacetCount(indexed, indexed, count)
                : new FacetCount(indexed.substring(0, separator), indexed.substring(separator + 1), count);
    }

    static SearchHit toHit(Document stored, String titleHighlighted, String snippet) {
        IndexableField date = stored.getField(DATE);
        return new SearchHit(stored.get(ID), ItemKind.valueOf(stored.get(KIND)), stored.get(TITLE), titleHighlighted,
                snippet, date == null ? null : LocalDate.ofEpochDay(date.numericValue().longValue()),
                stored.get(MUNICIPALITY), stored.get(SCHOOL), stored.get(SCHOOL_NAME), stored.get(DOCUMENT_TYPE),
                year(stored.get(CAMPAIGN_YEAR)));
    }

    private static Integer year(String stored) {
        try {
            return stored == null ? null : Integer.valueOf(stored);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The stored fields a hit needs (not the text). */
    static final java.util.Set<String> HIT_FIELDS = java.util.Set.copyOf(List.of(ID, KIND, TITLE, DATE, MUNICIPALITY, SCHOOL, SCHOOL_NAME,
            DOCUMENT_TYPE, CAMPAIGN_YEAR));
}
