package ru.portal500.similarity.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The portal's texts held for finding near-copies: each text's {@link Signature} under its key, with its kind (a
 * document type, a contest, the practice bank: whose boilerplate applies) and its owner (the school or person whose
 * texts are never a copy of each other), in a locality-sensitive hash index; no text itself.
 *
 * <p><b>Looking up</b> a text: its signature (boilerplate of its kind left out) proposes candidates, the texts that
 * agree with it in one of {@value #BANDS} bands of {@value #ROWS} signature values; a pair of texts with resemblance
 * {@code J} is proposed with probability {@code 1 − (1 − J²)^64}: 0.9976 at J = 0.3 (a text of which 46 % is in
 * another of the same length), 0.93 at J = 0.2, 0.47 at J = 0.1, 0.006 at J = 0.01. The candidates whose
 * signatures estimate a share of at least half the asked one are then counted exactly from the two texts, read from
 * the {@link TextSource} ({@link Resemblance}: the shares, boilerplate of either text's kind left out, and the
 * passages): the signatures only propose, the exact count decides. A candidate whose text cannot be read is
 * reported as an estimate, said so ({@link NearCopy.Basis#ESTIMATED}). At most {@value #MAX_VERIFIED} candidates
 * are counted, the likeliest first.
 *
 * <p>Texts of fewer than {@value #MIN_WORDS} words are not judged and not held ({@link NearCopies.TooShort}); texts
 * of the same owner are never reported as copies of each other (the same file uploaded twice by one school).
 *
 * <p>Thread-safe: any number of lookups run at once, with one writer (adding, removing, registering templates) at a
 * time; the work outside the index (reading and shingling texts) runs outside its lock.
 */
public final class NearCopyIndex {

    /** The fewest words of a text judged. */
    public static final int MIN_WORDS = 50;
    /** Bands of the LSH index. */
    static final int BANDS = 64;
    /** Signature values in a band. */
    static final int ROWS = Signature.SIZE / BANDS;
    /** The most candidates counted exactly in one lookup. */
    public static final int MAX_VERIFIED = 50;
    /** The fewest of its own shingles (boilerplate left out) a judged text has: those of {@value #MIN_WORDS} words. */
    static final int MIN_OWN_SHINGLES = MIN_WORDS - Shingles.LENGTH + 1;

    private static final long[] BAND_SALTS = new long[BANDS];

    static {
        for (int b = 0; b < BANDS; b++) {
            BAND_SALTS[b] = Hashing.mix(0x5a17L + b);
        }
    }

    private final TextSource texts;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<TextKey, Integer> slots = new HashMap<>();
    private final Deque<Integer> freeSlots = new ArrayDeque<>();
    private final Map<String, KindBoilerplate> kinds = new HashMap<>();
    private TextKey[] keys = new TextKey[1_024];
    private String[] kindOf = new String[1_024];
    private String[] ownerOf = new String[1_024];
    private Signature[] signatures = new Signature[1_024];
    /** Band value → the first entry ({@code slot · BANDS + band}) plus one. */
    private final LongIntMap bandHeads = new LongIntMap(1_024 * BANDS);
    /** Entry → the next entry with the same band value, plus one (0 ends the chain). */
    private int[] nextEntry = new int[1_024 * BANDS];
    private int slotCount;

    /** An empty index that reads texts to compare from {@code texts}. */
    public NearCopyIndex(TextSource texts) {
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    /**
     * Adds a text (or replaces the one under its key) and returns its signature, for the caller to store; empty
     * when the text is too short to be judged ({@value #MIN_WORDS} words), and then not held.
     */
    public Optional<Signature> add(TextKey key, String kind, String owner, String text) {
        Shingles shingles = Shingles.of(text);
        long[] all = shingles.distinct(Boilerplate.NONE);
        lock.writeLock().lock();
        try {
            remove(key);
            if (shingles.words().count() < MIN_WORDS) {
                return Optional.empty();
            }
            KindBoilerplate boilerplate = kinds.computeIfAbsent(kind, k -> new KindBoilerplate());
            boilerplate.added(key, all);
            Signature signature = Signature.of(without(all, boilerplate));
            hold(key, kind, owner, signature);
            return Optional.of(signature);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Holds a stored signature again (rebuilding the index from the database). The kind's frequent shingles are
     * counted from texts {@linkplain #add added}, so a rebuild adds a kind's first {@value KindBoilerplate#SAMPLE}
     * texts with their text and restores the rest.
     */
    public void restore(TextKey key, String kind, String owner, Signature signature) {
        lock.writeLock().lock();
        try {
            remove(key);
            kinds.computeIfAbsent(kind, k -> new KindBoilerplate());
            hold(key, kind, owner, signature);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Registers a template of a kind (the order's template, the headings, the standard wording): not copying. */
    public void registerTemplate(String kind, String template) {
        long[] shingles = Shingles.of(template).distinct(Boilerplate.NONE);
        lock.writeLock().lock();
        try {
            kinds.computeIfAbsent(kind, k -> new KindBoilerplate()).registerTemplate(shingles);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Forgets a text; nothing when it is not held. */
    public void remove(TextKey key) {
        lock.writeLock().lock();
        try {
            Integer slot = slots.remove(key);
            if (slot == null) {
                return;
            }
            KindBoilerplate boilerplate = kinds.get(kindOf[slot]);
            if (boilerplate != null) {
                boilerplate.removed(key);
            }
            unband(slot);
            keys[slot] = null;
            kindOf[slot] = null;
            ownerOf[slot] = null;
            signatures[slot] = null;
            freeSlots.push(slot);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Whether a text is held. */
    public boolean holds(TextKey key) {
        lock.readLock().lock();
        try {
            return slots.containsKey(key);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The texts held. */
    public int size() {
        lock.readLock().lock();
        try {
            return slots.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The near-copies of a held text: the other texts, not its owner's, that have at least {@code share} (0 to 1)
     * of its text (boilerplate aside).
     *
     * @throws IllegalArgumentException when the key is not held or its text cannot be read
     */
    public NearCopies similarTo(TextKey key, double share) {
        String kind;
        String owner;
        lock.readLock().lock();
        try {
            Integer slot = slots.get(key);
            if (slot == null) {
                throw new IllegalArgumentException("not held: " + key);
            }
            kind = kindOf[slot];
            owner = ownerOf[slot];
        } finally {
            lock.readLock().unlock();
        }
        String text = texts.text(key).orElseThrow(() -> new IllegalArgumentException("no text for " + key));
        return similarTo(key, text, kind, owner, share);
    }

    /** The near-copies of a text not held (a draft, an upload being checked), as if it were of that kind and owner. */
    public NearCopies similarTo(String text, String kind, String owner, double share) {
        return similarTo(null, text, kind, owner, share);
    }

    private NearCopies similarTo(TextKey self, String text, String kind, String owner, double share) {
        Shingles shingles = Shingles.of(text);
        int words = shingles.words().count();
        if (words < MIN_WORDS) {
            return new NearCopies.TooShort(words, MIN_WORDS);
        }
        List<Candidate> candidates = new ArrayList<>();
        lock.readLock().lock();
        try {
            long[] own = shingles.distinct(boilerplateOf(kind));
            if (own.length < MIN_OWN_SHINGLES && own.length < shingles.distinct(Boilerplate.NONE).length) {
                return new NearCopies.OnlyBoilerplate(words, own.length);
            }
            Signature signature = Signature.of(own);
            for (int slot : candidateSlots(signature)) {
                if (keys[slot].equals(self) || (owner != null && owner.equals(ownerOf[slot]))) {
                    continue;
                }
                double estimate = signature.containmentIn(signatures[slot]);
                if (estimate >= share / 2) {
                    candidates.add(new Candidate(keys[slot], kindOf[slot], ownerOf[slot], estimate,
                            signatures[slot].containmentIn(signature), signature.jaccard(signatures[slot])));
                }
            }
        } finally {
            lock.readLock().unlock();
        }
        candidates.sort(Comparator.comparingDouble(Candidate::estimate).reversed());
        int notVerified = Math.max(0, candidates.size() - MAX_VERIFIED);
        List<Candidate> verified = candidates.subList(0, candidates.size() - notVerified);
        List<Optional<String>> otherTexts = verified.stream().map(c -> texts.text(c.key())).toList();
        List<NearCopy> copies = new ArrayList<>();
        for (int i = 0; i < verified.size(); i++) {
            Candidate candidate = verified.get(i);
            Optional<String> other = otherTexts.get(i);
            if (other.isEmpty()) {
                if (candidate.estimate() >= share) {
                    copies.add(new NearCopy(candidate.key(), candidate.kind(), candidate.owner(), candidate.estimate(),
                            candidate.otherEstimate(), candidate.jaccard(), NearCopy.Basis.ESTIMATED, List.of(), 0));
                }
                continue;
            }
            Shingles otherShingles = Shingles.of(other.get());
            Resemblance resemblance;
            lock.readLock().lock();
            try {
                resemblance = Resemblance.of(shingles, otherShingles,
                        boilerplateOf(kind).or(boilerplateOf(candidate.kind())));
            } finally {
                lock.readLock().unlock();
            }
            if (resemblance.share() >= share && resemblance.common() > 0) {
                copies.add(new NearCopy(candidate.key(), candidate.kind(), candidate.owner(), resemblance.share(),
                        resemblance.otherShare(), resemblance.jaccard(),
                        resemblance.partial() ? NearCopy.Basis.BEGINNING_ONLY : NearCopy.Basis.EXACT,
                        resemblance.passages(), resemblance.passagesFound()));
            }
        }
        copies.sort(Comparator.comparingDouble(NearCopy::share).reversed()
                .thenComparing(c -> c.other().toString()));
        return new NearCopies.Judged(copies, shingles.words().truncated(), notVerified);
    }

    /** The bytes the index takes, roughly: its arrays, signatures, band table and kinds' boilerplate. */
    public long bytes() {
        lock.readLock().lock();
        try {
            long bytes = 4L * 8 * keys.length + 4L * nextEntry.length + bandHeads.bytes();
            bytes += (long) slots.size() * (16 + 4L * Signature.SIZE + 24 + 32 + 48); // signature, key, map entry
            for (KindBoilerplate kind : kinds.values()) {
                bytes += kind.bytes();
            }
            return bytes;
        } finally {
            lock.readLock().unlock();
        }
    }

    private Boilerplate boilerplateOf(String kind) {
        KindBoilerplate boilerplate = kinds.get(kind);
        return boilerplate == null ? Boilerplate.NONE : boilerplate;
    }

    private static long[] without(long[] sorted, Boilerplate boilerplate) {
        long[] out = new long[sorted.length];
        int n = 0;
        for (long hash : sorted) {
            if (!boilerplate.contains(hash)) {
                out[n++] = hash;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private void hold(TextKey key, String kind, String owner, Signature signature) {
        int slot = freeSlots.isEmpty() ? slotCount++ : freeSlots.pop();
        if (slot == keys.length) {
            int grown = keys.length * 2;
            keys = Arrays.copyOf(keys, grown);
            kindOf = Arrays.copyOf(kindOf, grown);
            ownerOf = Arrays.copyOf(ownerOf, grown);
            signatures = Arrays.copyOf(signatures, grown);
            nextEntry = Arrays.copyOf(nextEntry, grown * BANDS);
        }
        keys[slot] = key;
        kindOf[slot] = kind;
        ownerOf[slot] = owner;
        signatures[slot] = signature;
        slots.put(key, slot);
        if (signature.shingles() > 0) {
            for (int b = 0; b < BANDS; b++) {
                long band = bandKey(signature, b);
                int entry = slot * BANDS + b;
                nextEntry[entry] = bandHeads.get(band);
                bandHeads.put(band, entry + 1);
            }
        }
    }

    private void unband(int slot) {
        Signature signature = signatures[slot];
        if (signature.shingles() == 0) {
            return;
        }
        for (int b = 0; b < BANDS; b++) {
            long band = bandKey(signature, b);
            int entry = slot * BANDS + b;
            int previous = -1;
            for (int e = bandHeads.get(band) - 1; e >= 0; previous = e, e = nextEntry[e] - 1) {
                if (e == entry) {
                    if (previous < 0) {
                        bandHeads.put(band, nextEntry[e]);
                    } else {
                        nextEntry[previous] = nextEntry[e];
                    }
                    nextEntry[e] = 0;
                    break;
                }
            }
        }
    }

    /** The slots of the texts that agree with the signature in at least one band, ascending, each once. */
    private int[] candidateSlots(Signature signature) {
        int[] found = new int[64];
        int n = 0;
        for (int b = 0; b < BANDS; b++) {
            for (int e = bandHeads.get(bandKey(signature, b)) - 1; e >= 0; e = nextEntry[e] - 1) {
                if (n == found.length) {
                    found = Arrays.copyOf(found, n * 2);
                }
                found[n++] = e / BANDS;
            }
        }
        Arrays.sort(found, 0, n);
        int unique = 0;
        for (int i = 0; i < n; i++) {
            if (unique == 0 || found[unique - 1] != found[i]) {
                found[unique++] = found[i];
            }
        }
        return Arrays.copyOf(found, unique);
    }

    private static long bandKey(Signature signature, int band) {
        long packed = 0;
        for (int r = 0; r < ROWS; r++) {
            packed = (packed << 31) | signature.value(band * ROWS + r);
        }
        return Hashing.mix(packed + BAND_SALTS[band]);
    }

    /** A text the signatures propose, with their estimates. */
    private record Candidate(TextKey key, String kind, String owner, double estimate,
                             double otherEstimate, double jaccard) {
    }
}
