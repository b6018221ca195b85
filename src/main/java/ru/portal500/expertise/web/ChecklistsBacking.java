package ru.portal500.expertise.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import ru.portal500.expertise.application.ChecklistLibrary;
import ru.portal500.expertise.checklist.ChecklistJsonReader;
import ru.portal500.expertise.checklist.ChecklistJsonWriter;
import ru.portal500.expertise.checklist.CriterionType;
import ru.portal500.expertise.checklist.InvalidChecklistException;
import ru.portal500.expertise.domain.ChecklistVersion;
import ru.portal500.identity.application.CurrentCaller;
import ru.portal500.identity.domain.Role;
import ru.portal500.tenancy.domain.Scope;
import ru.portal500.shared.domain.NoSuchResourceException;
import ru.portal500.shared.web.FacesMessages;
import ru.portal500.shared.web.LanguageBacking;
import ru.portal500.shared.i18n.Texts;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Page {@code /app/checklists.xhtml}: the region's checklists and their versions, each downloadable as JSON; for
 * the regional operator, the import of a JSON file and the builder, both saving a new version. Whatever keeps a
 * checklist from being saved is listed whole, every problem with its place.
 */
@Named
@ViewScoped
public class ChecklistsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A checklist is a few dozen kilobytes; anything much larger is not one. */
    static final int MAX_MEGABYTES = 2;

    @Inject
    ChecklistLibrary library;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    FacesMessages messages;

    @Inject
    LanguageBacking language;

    private String region;
    private boolean operator;
    private transient List<ChecklistVersion> latest;
    private transient List<ChecklistVersion> versions;
    private String selectedCode;
    private ChecklistForm form;
    private Integer openedNumber;
    private List<String> problems = List.of();

    @PostConstruct
    void init() {
        region = currentCaller.get().regions().stream().findFirst().orElseThrow(NoSuchResourceException::new);
        operator = currentCaller.get().holds(Role.REGIONAL_OPERATOR, Scope.ofRegion(region));
    }

    public void showVersions(String code) {
        selectedCode = code;
        versions = null;
    }

    /** Opens a version in the builder. */
    public void open(long id) {
        ChecklistVersion version = library.version(region, id);
        form = ChecklistForm.of(new ChecklistJsonReader().read(version.getBody()).checklist().orElseThrow());
        openedNumber = version.getNumber();
        problems = List.of();
    }

    public void create() {
        form = ChecklistForm.empty();
        openedNumber = null;
        problems = List.of();
    }

    public void close() {
        form = null;
        problems = List.of();
    }

    /** Saves the builder's checklist as a new version; nothing is saved while anything is wrong with it. */
    public void save() {
        ChecklistForm.Built built = form.build();
        if (!built.problems().isEmpty()) {
            refuse(ChecklistProblemTexts.of(language.getLocale(), built.problems(), built.checklist().problems()));
            return;
        }
        String json = new ChecklistJsonWriter().write(built.checklist());
        ChecklistVersion saved = store(() -> library.save(region, json));
        if (saved != null) {
            open(saved.getId());
        }
    }

    /** Imports a JSON file as a new version. */
    public void upload(FileUploadEvent event) {
        if (event.getFile().getSize() > MAX_MEGABYTES * 1024L * 1024L) {
            refuse(List.of(Texts.get(language.getLocale(), "checklists.import.tooLarge", MAX_MEGABYTES)));
            return;
        }
        String json = new String(event.getFile().getContent(), StandardCharsets.UTF_8);
        store(() -> library.save(region, json.startsWith("\uFEFF") ? json.substring(1) : json));
    }

    /** Saves through the library; the version, or null when the checklist was refused (every problem listed). */
    private ChecklistVersion store(Supplier<ChecklistVersion> save) {
        ChecklistVersion saved;
        try {
            saved = save.get();
        } catch (InvalidChecklistException e) {
            refuse(ChecklistProblemTexts.of(language.getLocale(), e.problems()));
            return null;
        }
        problems = List.of();
        messages.info("checklists.saved", saved.getNumber(), saved.getTitle());
        latest = null;
        showVersions(saved.getCode());
        return saved;
    }

    private void refuse(List<String> texts) {
        problems = texts;
        messages.error("checklists.notSaved", texts.size());
    }

    public StreamedContent download(long id) {
        ChecklistVersion version = library.version(region, id);
        byte[] json = ChecklistLibrary.json(version).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder()
                .name("checklist-" + version.getCode().toLowerCase(Locale.ROOT) + "-v" + version.getNumber() + ".json")
                .contentType("application/json; charset=UTF-8").stream(() -> new ByteArrayInputStream(json)).build();
    }

    public List<ChecklistVersion> getLatest() {
        if (latest == null) {
            latest = library.latest(region);
        }
        return latest;
    }

    public List<ChecklistVersion> getVersions() {
        if (versions == null) {
            versions = selectedCode == null ? List.of() : library.versions(region, selectedCode);
        }
        return versions;
    }

    /** The document types the builder offers, and the opened checklist's own when it is something else. */
    public List<String> getDocumentTypes() {
        String own = form == null ? null : ChecklistForm.blankToNull(form.getAppliesTo());
        if (own == null || ChecklistForm.DOCUMENT_TYPES.contains(own)) {
            return ChecklistForm.DOCUMENT_TYPES;
        }
        List<String> types = new ArrayList<>(ChecklistForm.DOCUMENT_TYPES);
        types.add(own);
        return types;
    }

    /** A document type's name, or its code when the portal has no name for it (a contest nomination…). */
    public String typeLabel(String code) {
        String key = "DocumentType." + code;
        return Texts.bundle(language.getLocale()).containsKey(key) ? Texts.get(language.getLocale(), key) : code;
    }

    public CriterionType[] getCriterionTypes() {
        return CriterionType.values();
    }

    public boolean isOperator() {
        return operator;
    }

    public String getSelectedCode() {
        return selectedCode;
    }

    public ChecklistForm getForm() {
        return form;
    }

    public Integer getOpenedNumber() {
        return openedNumber;
    }

    public List<String> getProblems() {
        return problems;
    }
}
