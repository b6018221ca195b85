package ru.portal500.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.contests.application.JudgedCases;
import ru.portal500.contests.domain.CaseForm;
import ru.portal500.contests.domain.Contest;
import ru.portal500.contests.domain.ContestEntry;
import ru.portal500.documents.application.DocumentRecords;
import ru.portal500.documents.domain.Document;
import ru.portal500.documents.domain.DocumentVersion;
import ru.portal500.practices.application.PracticeBank;
import ru.portal500.practices.domain.Practice;
import ru.portal500.search.engine.IndexedItem;
import ru.portal500.search.engine.ItemKind;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the search index holds of a school's document, a practice or a contest's case, read from the database through
 * the contexts' own services (documents' {@link DocumentRecords}, the {@link PracticeBank}, contests'
 * {@link JudgedCases}).
 */
@ApplicationScoped
public class IndexItems {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Inject
    DocumentRecords documents;

    @Inject
    PracticeBank practices;

    @Inject
    JudgedCases cases;

    public static String documentId(long id) {
        return "document:" + id;
    }

    public static String practiceId(long id) {
        return "practice:" + id;
    }

    public static String caseId(long entryId) {
        return "case:" + entryId;
    }

    /** A document as indexed: its latest version's text, its place, campaign, type, state and risk factor. */
    @Transactional
    public Optional<IndexedItem> document(long id) {
        return documents.document(id).map(IndexItems::of);
    }

    @Transactional
    public Optional<IndexedItem> practice(long id) {
        return practices.find(id).map(IndexItems::of);
    }

    /** The contest's cases as indexed (none before its judging opens). */
    @Transactional
    public List<IndexedItem> cases(long contestId) {
        return cases.of(contestId).stream().map(IndexItems::of).toList();
    }

    /** The contests whose cases are indexed: of every region (null) or of one. */
    @Transactional
    public List<Long> judgedContestIds(String regionCode) {
        return cases.contestIds(regionCode);
    }

    @Transactional
    public List<Long> documentIds() {
        return documents.documentIds();
    }

    @Transactional
    public List<Long> practiceIds() {
        return practices.ids();
    }

    static IndexedItem of(Document d) {
        String region = d.getSchool().getMunicipality().getRegion().getCode();
        String municipality = d.getSchool().getMunicipality().getCode();
        Integer factor = d.getRiskFactor() == null ? null : d.getRiskFactor().getFederalNumber();
        return IndexedItem.builder(documentId(d.getId()), ItemKind.DOCUMENT).title(d.getTitle())
                .text(d.latest().map(DocumentVersion::getExtractedText).orElse(""))
                .date(d.getLastChangeAt().atZone(d.getSchool().getMunicipality().getRegion().getTimeZone()).toLocalDate())
                .region(region).municipality(municipality).school(d.getSchool().getCode(), d.getSchool().getName())
                .campaignYear(d.getCampaign().getSchoolYear()).documentType(d.getType().getCode())
                .status(d.getState().name()).riskFactors(factor == null ? Set.of() : Set.of(factor))
                .accessKeys(AccessKeys.ofSchool(region, municipality, d.getSchool().getCode())).build();
    }

    static IndexedItem of(JudgedCases.JudgedCase judged) {
        ContestEntry entry = judged.entry();
        Contest contest = entry.getContest();
        CaseForm form = entry.form();
        String text = Stream.of(form.problem(), form.summary()).filter(t -> t != null && !t.isBlank())
                .collect(Collectors.joining("\n"));
        return IndexedItem.builder(caseId(entry.getId()), ItemKind.CASE).title(entry.getTitle()).text(text)
                .date(entry.getSubmittedAt().orElse(entry.getCreatedAt()).atZone(contest.getRegion().getTimeZone())
                        .toLocalDate())
                .region(judged.school().region()).municipality(judged.school().municipality())
                .school(judged.school().school(), entry.getSchoolName()).campaignYear(contest.getSchoolYear())
                .riskFactors(form.riskFactors()).level(form.level() == null ? null : form.level().name())
                .subject(form.subject())
                .accessKeys(AccessKeys.ofCase(contest.getRegion().getCode(), contest.getId(), judged.jurors())).build();
    }

    static IndexedItem of(Practice p) {
        return IndexedItem.builder(practiceId(p.getId()), ItemKind.PRACTICE).title(p.getTitle()).text(p.getSummary())
                .date(p.getPublishedAt().atZone(MOSCOW).toLocalDate()).region(p.getRegionCode())
                .municipality(p.getMunicipalityCode()).school(p.getSchoolCode(), p.getPlace())
                .status(p.getSource().name()).riskFactors(p.getRiskFactors()).level(p.getLevel().name())
                .subject(p.getSubject()).accessKeys(Set.of(AccessKeys.PUBLIC)).build();
    }
}
