package ru.portal500.roadmaps.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.roadmaps.domain.Evidence;
import ru.portal500.roadmaps.domain.Measure;
import ru.portal500.roadmaps.domain.Roadmap;

import ru.portal500.shared.domain.NoSuchResourceException;
import ru.portal500.shared.files.FileNames;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/**
 * A measure's completion: its keepers add evidence and report it
 * done; the checker confirms it from the evidence or returns it. Each step is one transaction.
 */
@ApplicationScoped
public class MeasureCompletion {

    @Inject
    RoadmapAccess access;

    @Inject
    EvidenceFiles files;

    @Inject
    jakarta.enterprise.event.Event<RoadmapCheck.CompletionChanged> changed;

    @Transactional
    public Evidence addLink(long roadmapId, long measureId, String link) {
        Roadmap roadmap = access.toWrite(roadmapId, "roadmaps.evidence").roadmap();
        Evidence added = roadmap.addLink(roadmap.measure(measureId), link, access.stamp());
        access.flush();
        return added;
    }

    /**
     * A file as evidence, stored by content under the documents' rules (accepted formats by content, the size limit,
     * empty and disguised files refused); a file that can do more than be read (scripts, launch actions, attached
     * files) is kept, as a document is, named as such and only ever downloaded.
     */
    @Transactional
    public Evidence addFile(long roadmapId, long measureId, String fileName, InputStream content) {
        Roadmap roadmap = access.toWrite(roadmapId, "roadmaps.evidence").roadmap();
        Measure measure = roadmap.measure(measureId);
        String name = FileNames.clean(fileName);
        EvidenceFiles.Stored stored;
        try {
            stored = files.store(content);
        } catch (IOException e) {
            throw new UncheckedIOException("The evidence could not be stored", e);
        }
        Evidence added = roadmap.addFile(measure, stored.sha256(), name, stored.mediaType(), stored.size(),
                stored.active(), access.stamp());
        access.flush();
        return added;
    }

    /** An evidence file to send: its type to send it with, its name and length; always a download. */
    public record Download(String sha256, String contentType, String fileName, long size) {
    }

    /** A measure's evidence file, for whoever reads the roadmap; always downloaded, never shown in the browser. */
    @Transactional
    public Download file(long roadmapId, long measureId, long evidenceId) {
        Roadmap roadmap = access.roadmap(roadmapId).roadmap();
        Evidence evidence = roadmap.measure(measureId).getEvidence().stream()
                .filter(e -> e.getId() != null && e.getId() == evidenceId && e.getSha256() != null).findFirst()
                .orElseThrow(NoSuchResourceException::new);
        return new Download(evidence.getSha256(), files.contentType(evidence.getSha256(), evidence.getMediaType()),
                evidence.getFileName(), evidence.getSize());
    }

    /** The file's bytes onto the answer. */
    public void copy(Download file, java.io.OutputStream out) throws IOException {
        try (InputStream in = files.open(file.sha256())) {
            in.transferTo(out);
        }
    }

    /** The largest evidence file accepted, in bytes. */
    public long maxBytes() {
        return files.maxBytes();
    }

    @Transactional
    public Measure reportDone(long roadmapId, long measureId, LocalDate on, String note) {
        Roadmap roadmap = access.toWrite(roadmapId, "roadmaps.report").roadmap();
        Measure measure = roadmap.measure(measureId);
        roadmap.reportDone(measure, on, note, access.today(), access.stamp());
        access.flush();
        changed.fire(new RoadmapCheck.CompletionChanged(roadmap, measure, measure.getCompletion(),
                access.stamp().name(), null));
        return measure;
    }

    @Transactional
    public Measure confirmDone(long roadmapId, long measureId) {
        Roadmap roadmap = access.toCheck(roadmapId, "roadmaps.completion.confirm").roadmap();
        Measure measure = roadmap.measure(measureId);
        roadmap.confirmDone(measure, access.stamp());
        access.flush();
        changed.fire(new RoadmapCheck.CompletionChanged(roadmap, measure, measure.getCompletion(),
                access.stamp().name(), null));
        return measure;
    }

    @Transactional
    public Measure returnDone(long roadmapId, long measureId, String comment) {
        Roadmap roadmap = access.toCheck(roadmapId, "roadmaps.completion.return").roadmap();
        Measure measure = roadmap.measure(measureId);
        roadmap.returnDone(measure, comment, access.stamp());
        access.flush();
        changed.fire(new RoadmapCheck.CompletionChanged(roadmap, measure, measure.getCompletion(),
                access.stamp().name(), comment.strip()));
        return measure;
    }
}
