package ru.portal500.roadmaps.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import ru.portal500.roadmaps.application.MeasureCompletion;
import ru.portal500.roadmaps.application.RoadmapPeople;
import ru.portal500.roadmaps.application.MeasureInput;
import ru.portal500.roadmaps.application.RoadmapAccess;
import ru.portal500.roadmaps.application.RoadmapCheck;
import ru.portal500.roadmaps.application.RoadmapPlanning;
import ru.portal500.roadmaps.application.RoadmapViews;
import ru.portal500.roadmaps.importing.PlanTables;
import ru.portal500.shared.i18n.Texts;
import ru.portal500.shared.imports.ImportFiles;
import ru.portal500.shared.web.FacesMessages;
import ru.portal500.shared.web.LanguageBacking;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Page {@code /app/roadmap.xhtml}: one roadmap — by {@code id}, a school's ({@code school}, {@code campaign}), a
 * municipality's ({@code municipality}) or the region's ({@code region}); without them the caller's own. Its measures
 * with their status today, the form that adds or changes one, a plan table read back before it is applied, the
 * check, the selected measure's evidence and completion, the drift from the baseline and the story. Every action goes
 * to the roadmaps' services, which check the caller's rights again.
 */
@Named
@ViewScoped
public class RoadmapBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RoadmapViews views;

    @Inject
    RoadmapAccess access;

    @Inject
    RoadmapPlanning planning;

    @Inject
    RoadmapCheck check;

    @Inject
    MeasureCompletion completion;


    @Inject
    FacesMessages messages;

    @Inject
    LanguageBacking language;

    private Long id;
    private Long school;
    private Long municipality;
    private String region;
    private Integer campaign;

    private RoadmapViews.View view;
    private List<RoadmapViews.Risk> risks = List.of();
    private final MeasureForm form = new MeasureForm();
    private Long selected;
    private List<Integer> years;
    private List<RoadmapPeople.Person> people;
    private Long carriedSelected;
    private LocalDate carriedStart;
    private LocalDate carriedDue;
    private String carriedNote;
    private String reason;
    private String link;
    private LocalDate doneOn;
    private String note;
    private String comment;
    private byte[] table;
    private String tableName;
    private List<PlanTables.PlanLine> preview = List.of();
    private List<Problem> problems = List.of();

    /** A problem of a plan table, in the reader's language. */
    public record Problem(int line, String column, String message) implements Serializable {
    }

    /** View action: the roadmap through the scoped services (a forged id ends on the 404 page). */
    public void load() {
        if (view == null) {
            messages.attempt(() -> show(id != null ? views.of(id) : school != null ? views.ofSchool(school, campaign)
                    : municipality != null ? views.ofMunicipality(municipality, campaign)
                    : region != null ? views.ofRegion(region, campaign) : views.own(campaign)));
        }
    }

    private void show(RoadmapViews.View shown) {
        view = shown;
        risks = shown.id() == null || !"SCHOOL".equals(shown.level()) ? List.of() : planning.riskFactors(shown.id());
    }

    private void reload() {
        show(views.of(view.id()));
    }

    public void begin() {
        messages.run(() -> show(views.of(planning.begin(place()).getId())), "roadmaps.message.begun");
    }

    private RoadmapAccess.Place place() {
        return switch (view.level()) {
            case "SCHOOL" -> access.ofSchool(view.schoolId(), view.year());
            case "MUNICIPALITY" -> access.ofMunicipality(view.municipalityId(), view.year());
            default -> access.ofRegion(view.region(), view.year());
        };
    }

    // ---- the plan ----

    public void saveMeasure() {
        MeasureInput input = form.input();
        if (form.editing == null) {
            if (messages.run(() -> planning.add(view.id(), input), "roadmaps.message.added")) {
                form.clear();
            }
        } else if (messages.run(() -> planning.change(view.id(), form.editing, input), "roadmaps.message.changed")) {
            form.clear();
        }
        reload();
    }

    public void edit(RoadmapViews.MeasureView measure) {
        form.fill(measure);
    }

    public void cancelEditing() {
        form.clear();
    }

    public void remove(RoadmapViews.MeasureView measure) {
        messages.run(() -> planning.remove(view.id(), measure.id()), "roadmaps.message.removed", measure.title());
        reload();
    }

    public void select(RoadmapViews.MeasureView measure) {
        selected = measure.id();
        reason = null;
        link = null;
        doneOn = null;
        note = null;
    }

    /** Who of the portal may answer for a measure (asked once per page; none when the directory is away). */
    public List<RoadmapPeople.Person> getPeople() {
        if (people == null) {
            try {
                people = view == null || view.id() == null ? List.of() : planning.people(view.id());
            } catch (ru.portal500.shared.domain.ServiceUnavailableException e) {
                people = List.of();
            }
        }
        return people;
    }

    /** Why the checker did not accept the measure's completion, as they wrote it last; null when it was not returned. */
    public String returnReason(RoadmapViews.MeasureView measure) {
        if (view == null || !"RETURNED".equals(measure.completion())) {
            return null;
        }
        String reason = null;
        for (RoadmapViews.Event event : view.events()) {
            if ("COMPLETION_RETURNED".equals(event.kind()) && Objects.equals(event.measure(), measure.id())) {
                reason = event.detail();
            }
        }
        return reason;
    }

    /** The other school years whose roadmap of the same place may be read. */
    public List<Integer> getOtherYears() {
        if (view == null) {
            return List.of();
        }
        if (years == null) {
            years = views.years(view.region());
        }
        return years.stream().filter(y -> y != view.year()).toList();
    }

    // ---- carried over from last year ----

    public void selectCarried(RoadmapViews.CarriedView carried) {
        carriedSelected = carried.id();
        carriedStart = null;
        carriedDue = null;
        carriedNote = null;
    }

    public RoadmapViews.CarriedView getSelectedCarried() {
        return view == null || carriedSelected == null ? null : view.carried().stream()
                .filter(c -> Objects.equals(c.id(), carriedSelected) && c.isProposed()).findFirst().orElse(null);
    }

    public void takeCarried() {
        if (messages.run(() -> planning.take(view.id(), carriedSelected, carriedStart, carriedDue),
                "roadmaps.message.carriedTaken")) {
            carriedSelected = null;
        }
        reload();
    }

    public void dropCarried() {
        if (messages.run(() -> planning.drop(view.id(), carriedSelected, carriedNote),
                "roadmaps.message.carriedDropped")) {
            carriedSelected = null;
        }
        reload();
    }

    public LocalDate getCarriedStart() {
        return carriedStart;
    }

    public void setCarriedStart(LocalDate carriedStart) {
        this.carriedStart = carriedStart;
    }

    public LocalDate getCarriedDue() {
        return carriedDue;
    }

    public void setCarriedDue(LocalDate carriedDue) {
        this.carriedDue = carriedDue;
    }

    public String getCarriedNote() {
        return carriedNote;
    }

    public void setCarriedNote(String carriedNote) {
        this.carriedNote = carriedNote;
    }

    public RoadmapViews.MeasureView getSelectedMeasure() {
        return view == null || selected == null ? null : view.measures().stream()
                .filter(m -> Objects.equals(m.id(), selected)).findFirst().orElse(null);
    }

    public void cancelMeasure() {
        if (messages.run(() -> planning.cancel(view.id(), selected, reason), "roadmaps.message.cancelled")) {
            reason = null;
        }
        reload();
    }

    // ---- a plan table ----

    public void upload(FileUploadEvent event) {
        problems = List.of();
        preview = List.of();
        try (InputStream in = event.getFile().getInputStream()) {
            byte[] file = in.readNBytes(ImportFiles.MAX_BYTES + 1);
            if (file.length > ImportFiles.MAX_BYTES) {
                problems = List.of(new Problem(0, null, Texts.get(language.getLocale(), "import.error.size",
                        ImportFiles.MAX_MEGABYTES)));
                return;
            }
            tableName = event.getFile().getFileName();
            messages.attempt(() -> read(planning.preview(view.id(), file), file));
        } catch (IOException e) {
            problems = List.of(new Problem(0, null, Texts.get(language.getLocale(), "import.error.unreadable")));
        }
    }

    private void read(PlanTables.Reading reading, byte[] file) {
        problems = reading.problems().stream().map(p -> new Problem(p.line(), p.column(),
                Texts.get(language.getLocale(), p.messageKey(), p.arguments()))).toList();
        preview = reading.usable() ? reading.lines() : List.of();
        table = reading.usable() ? file : null;
    }

    public void applyTable(boolean replace) {
        if (table == null) {
            return;
        }
        byte[] file = table;
        if (messages.runReporting(() -> {
            PlanTables.Reading reading = planning.importPlan(view.id(), file, tableName, replace);
            read(reading, file);
            return new Object[] {String.valueOf(reading.lines().size())};
        }, "roadmaps.message.imported") && problems.isEmpty()) {
            discardTable();
        }
        reload();
    }

    public void discardTable() {
        table = null;
        tableName = null;
        preview = List.of();
        problems = List.of();
    }

    // ---- the check ----

    public void submit() {
        RoadmapCheck.Checkers[] checkers = new RoadmapCheck.Checkers[1];
        if (messages.attempt(() -> checkers[0] = check.checkers(view.id()))) {
            messages.run(() -> check.submit(view.id()), checkers[0].messageKey(), checkers[0].names());
        }
        reload();
    }

    public void confirm() {
        messages.run(() -> check.confirm(view.id()), "roadmaps.message.confirmed");
        reload();
    }

    public void returnForRevision() {
        if (messages.run(() -> check.returnForRevision(view.id(), reason), "roadmaps.message.returned")) {
            reason = null;
        }
        reload();
    }

    public void sendComment() {
        if (messages.run(() -> check.comment(view.id(), comment), "roadmaps.message.commented")) {
            comment = null;
        }
        reload();
    }

    // ---- completion ----

    public void addLink() {
        if (messages.run(() -> completion.addLink(view.id(), selected, link), "roadmaps.message.evidence")) {
            link = null;
        }
        reload();
    }

    /** A file as the selected measure's evidence, stored under the documents' rules. */
    public void addEvidenceFile(FileUploadEvent event) {
        try (InputStream in = event.getFile().getInputStream()) {
            String name = event.getFile().getFileName();
            messages.run(() -> completion.addFile(view.id(), selected, name, in), "roadmaps.message.evidenceFile",
                    name);
        } catch (IOException e) {
            messages.error("roadmaps.error.fileUnreadable");
        }
        reload();
    }

    public long getMaxEvidenceBytes() {
        return completion.maxBytes();
    }

    public String getEvidenceTooLarge() {
        return Texts.get(language.getLocale(), "documents.error.tooLargeClient", completion.maxBytes() / (1024 * 1024));
    }

    public void reportDone() {
        if (doneOn == null) {
            messages.error("roadmaps.error.doneOnEmpty");
            return;
        }
        messages.run(() -> completion.reportDone(view.id(), selected, doneOn, note), "roadmaps.message.reported");
        reload();
    }

    public void confirmDone() {
        messages.run(() -> completion.confirmDone(view.id(), selected), "roadmaps.message.doneConfirmed");
        reload();
    }

    public void returnDone() {
        if (messages.run(() -> completion.returnDone(view.id(), selected, reason), "roadmaps.message.doneReturned")) {
            reason = null;
        }
        reload();
    }

    // ---- what the page asks ----

    /** Whether the measures may be changed now: begun, kept by the caller, not with the curator. */
    public boolean isEditable() {
        return view != null && view.id() != null && view.rights().mayWrite() && !"SUBMITTED".equals(view.state());
    }

    /** Whether «replace all» may be offered: no measure has evidence or a completion that would be lost. */
    public boolean isReplaceable() {
        return view != null && !view.measures().isEmpty() && view.measures().stream()
                .allMatch(m -> m.evidence().isEmpty() && "NONE".equals(m.completion()));
    }

    /** A line of the story in words: the kind's detail as people read it (no codes, no ISO dates). */
    public String detail(RoadmapViews.Event event) {
        String detail = event.detail();
        if (detail == null) {
            return "";
        }
        java.util.Locale locale = language.getLocale();
        return switch (event.kind()) {
            case "IMPORTED" -> {
                String[] parts = detail.split(":", 3);
                yield parts.length < 3 ? detail : Texts.get(locale, "roadmaps.event.imported." + parts[0], parts[1],
                        parts[2]);
            }
            case "COMPLETION_REPORTED" -> day(detail);
            case "MEASURE_CHANGED" -> java.util.Arrays.stream(detail.split("\n")).map(this::change)
                    .collect(java.util.stream.Collectors.joining("; "));
            case "CONFIRMED" -> Texts.get(locale, "roadmaps.event.confirmation", detail);
            case "CARRIED_IN" -> Texts.get(locale, "roadmaps.event.carriedIn", detail);
            default -> detail;
        };
    }

    private String change(String line) {
        int colon = line.indexOf(": ");
        if (colon < 0) {
            return line;
        }
        String field = line.substring(0, colon);
        String[] sides = line.substring(colon + 2).split(" → ", 2);
        if (sides.length < 2) {
            return line;
        }
        java.util.function.UnaryOperator<String> shown = field.equals("term") ? this::termText : v -> v.equals("null")
                ? "—" : v;
        return Texts.get(language.getLocale(), "roadmaps.event.field." + field) + ": " + shown.apply(sides[0]) + " → "
                + shown.apply(sides[1]);
    }

    /** "null–2027-01-06" or "2027-01-01–2027-01-06" as the page writes a term. */
    private String termText(String stored) {
        int dash = stored.indexOf('–');
        if (dash < 0) {
            return stored;
        }
        String start = stored.substring(0, dash);
        String due = stored.substring(dash + 1);
        try {
            return term(start.equals("null") ? null : LocalDate.parse(start), LocalDate.parse(due));
        } catch (java.time.format.DateTimeParseException e) {
            return stored;
        }
    }

    private static String day(String iso) {
        try {
            return java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy").format(LocalDate.parse(iso));
        } catch (java.time.format.DateTimeParseException e) {
            return iso;
        }
    }

    public boolean isSubmittable() {
        return view != null && view.id() != null && "SCHOOL".equals(view.level()) && view.rights().mayWrite()
                && List.of("DRAFT", "RETURNED", "CHANGED").contains(view.state());
    }

    public boolean isConfirmable() {
        if (view == null || view.id() == null || !view.rights().mayCheck() || view.measures().isEmpty()) {
            return false;
        }
        return "SCHOOL".equals(view.level()) ? "SUBMITTED".equals(view.state())
                : List.of("DRAFT", "CHANGED").contains(view.state());
    }

    public boolean isReturnable() {
        return view != null && view.id() != null && view.rights().mayCheck() && "SUBMITTED".equals(view.state());
    }

    /** Whose roadmap it is, as its heading names it. */
    public String getOwner() {
        return view.school() != null ? view.school() : view.municipality() != null ? view.municipality()
                : Texts.get(language.getLocale(), "roadmaps.owner.region", view.region());
    }

    public String term(LocalDate start, LocalDate due) {
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");
        return start == null ? Texts.get(language.getLocale(), "roadmaps.term.until", day.format(due))
                : day.format(start) + " – " + day.format(due);
    }

    public RoadmapViews.View getView() {
        return view;
    }

    public List<RoadmapViews.Risk> getRisks() {
        return risks;
    }

    public MeasureForm getForm() {
        return form;
    }

    public List<PlanTables.PlanLine> getPreview() {
        return preview;
    }

    public List<Problem> getProblems() {
        return problems;
    }

    public String getTableName() {
        return tableName;
    }

    public Long getSelected() {
        return selected;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public void setDoneOn(LocalDate doneOn) {
        this.doneOn = doneOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getSchool() {
        return school;
    }

    public void setSchool(Long school) {
        this.school = school;
    }

    public Long getMunicipality() {
        return municipality;
    }

    public void setMunicipality(Long municipality) {
        this.municipality = municipality;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public Integer getCampaign() {
        return campaign;
    }

    public void setCampaign(Integer campaign) {
        this.campaign = campaign;
    }

    /** The form that adds a measure or changes the one being edited. */
    public static final class MeasureForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long editing;
        private String section;
        private String title;
        private LocalDate start;
        private LocalDate due;
        private String responsible;
        private String responsiblePerson;
        private Long risk;
        private String result;

        MeasureInput input() {
            return new MeasureInput(section, title, start, due, responsible, risk, result, responsiblePerson);
        }

        public String getResponsiblePerson() {
            return responsiblePerson;
        }

        public void setResponsiblePerson(String responsiblePerson) {
            this.responsiblePerson = responsiblePerson;
        }

        void fill(RoadmapViews.MeasureView m) {
            editing = m.id();
            section = m.section();
            title = m.title();
            start = m.start();
            due = m.due();
            responsible = m.responsible();
            responsiblePerson = m.responsiblePerson();
            risk = m.risk() == null ? null : m.risk().id();
            result = m.result();
        }

        void clear() {
            editing = null;
            section = null;
            title = null;
            start = null;
            due = null;
            responsible = null;
            responsiblePerson = null;
            risk = null;
            result = null;
        }

        public Long getEditing() {
            return editing;
        }

        public String getSection() {
            return section;
        }

        public void setSection(String section) {
            this.section = section;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public LocalDate getStart() {
            return start;
        }

        public void setStart(LocalDate start) {
            this.start = start;
        }

        public LocalDate getDue() {
            return due;
        }

        public void setDue(LocalDate due) {
            this.due = due;
        }

        public String getResponsible() {
            return responsible;
        }

        public void setResponsible(String responsible) {
            this.responsible = responsible;
        }

        public Long getRisk() {
            return risk;
        }

        public void setRisk(Long risk) {
            this.risk = risk;
        }

        public String getResult() {
            return result;
        }

        public void setResult(String result) {
            this.result = result;
        }
    }
}
