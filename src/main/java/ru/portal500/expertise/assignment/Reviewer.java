package ru.portal500.expertise.assignment;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Who reviews: a participating school in mutual expertise, or an individual expert in an expert round.
 * A reviewer never reviews a document whose author school is among its conflicting schools (its own
 * school, the school it is paired with, a school it curates) nor a document it declared a conflict with.
 *
 * @param id                  the school's id for a school, the expert's id for an expert
 * @param municipalityId      where the reviewer is; the objective's distance is measured from here
 * @param conflictSchoolIds   author schools whose documents this reviewer must not review
 * @param conflictDocumentIds single documents this reviewer must not review (declared conflicts, declines)
 */
public record Reviewer(long id, long municipalityId, Set<Long> conflictSchoolIds, Set<Long> conflictDocumentIds) {

    public Reviewer {
        conflictSchoolIds = Set.copyOf(conflictSchoolIds);
        conflictDocumentIds = Set.copyOf(conflictDocumentIds);
    }

    /** A school reviewing others: never its own documents, never those of the schools it is paired with. */
    public static Reviewer school(long schoolId, long municipalityId, Collection<Long> pairedSchoolIds) {
        Set<Long> conflicts = new HashSet<>(pairedSchoolIds);
        conflicts.add(schoolId);
        return new Reviewer(schoolId, municipalityId, conflicts, Set.of());
    }

    /**
     * An expert: never a document of the own school, of a school the expert is paired with or curates,
     * nor one the expert declared a conflict with.
     */
    public static Reviewer expert(long expertId, long municipalityId, long ownSchoolId,
                                  Collection<Long> pairedOrCuratedSchoolIds, Collection<Long> declaredConflictDocumentIds) {
        Set<Long> conflicts = new HashSet<>(pairedOrCuratedSchoolIds);
        conflicts.add(ownSchoolId);
        return new Reviewer(expertId, municipalityId, conflicts, Set.copyOf(declaredConflictDocumentIds));
    }

    /** Whether a conflict of interest forbids this reviewer the document (the municipality rule aside). */
    public boolean conflictsWith(DocumentUnderReview document) {
        return conflictSchoolIds.contains(document.authorSchoolId()) || conflictDocumentIds.contains(document.id());
    }

    /** The same reviewer with one more document excluded, e.g. after declining it. */
    public Reviewer withConflictDocument(long documentId) {
        Set<Long> documents = new HashSet<>(conflictDocumentIds);
        documents.add(documentId);
        return new Reviewer(id, municipalityId, conflictSchoolIds, documents);
    }
}
