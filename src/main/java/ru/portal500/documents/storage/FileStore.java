package ru.portal500.documents.storage;

import ru.portal500.documents.domain.AcceptedFormat;
import ru.portal500.documents.domain.ActiveContent;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.nio.file.attribute.FileTime;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Uploaded files, each kept once under its SHA-256 ({@code <folder>/ab/cd/abcd…}).
 *
 * <p>A file is written to {@code <folder>/incoming/} (the same file system), checked, forced to disk, and
 * only then renamed atomically to its address, whose folder is forced to disk too (and the parent of a
 * folder created for it): a file at an address is always whole, and still there after a power cut. A refusal or a failure (too large, empty, not a document, an I/O error, a broken upload)
 * removes the incoming file before it returns. Storing content that is already there leaves the stored file's
 * bytes untouched and only renews its time (so that a clean-up, which takes old files only, leaves it to the
 * upload that just found it); two uploads of the same content at once both succeed and leave one file.
 * A PDF is looked into for what it can do beyond being read ({@link ActiveContent}), and one that is also a
 * ZIP archive is refused. Stored files are never changed; they are deleted only by
 * {@link #removeUnreferenced}, when nothing refers to them.
 *
 * <p>Plain Java and thread-safe; in the portal the {@code DocumentStorage} bean holds the one instance.
 */
public final class FileStore {

    private static final String INCOMING = "incoming";
    private static final int BUFFER = 64 * 1024;

    private final Path folder;
    private final Path incoming;
    private final ContentDetector detector;
    /** Placing a file (shared) against the clean-up's look at its time and its deletion (exclusive). */
    private final java.util.concurrent.locks.ReadWriteLock placing = new java.util.concurrent.locks.ReentrantReadWriteLock();

    /** A store in {@code folder} (created if missing), recognising content with {@code detector}. */
    public FileStore(Path folder, ContentDetector detector) throws IOException {
        this.folder = folder.toAbsolutePath();
        this.incoming = this.folder.resolve(INCOMING);
        this.detector = detector;
        Files.createDirectories(incoming);
    }

    /**
     * Reads {@code in} to its end (the caller closes it) and keeps its bytes if they are a document.
     *
     * @param maxBytes the largest file accepted; reading stops as soon as the upload goes past it
     * @return the stored file: its address, size and detected type
     * @throws UploadRefusedException nothing stored: the upload is empty, longer than {@code maxBytes}, its
     *                                content is not an {@link AcceptedFormat}, or it is a PDF and a ZIP at once
     * @throws IOException            nothing stored: reading the upload or writing the disk failed
     */
    public StoredFile store(InputStream in, long maxBytes) throws IOException {
        Path part = Files.createTempFile(incoming, "upload-", ".part");
        try {
            Received received = receive(in, part, maxBytes);
            String type = detector.detect(part);
            java.util.Optional<AcceptedFormat> accepted = AcceptedFormat.of(type);
            if (accepted.isEmpty()) {
                throw passwordZip(part) ? UploadRefusedException.passwordZip() : UploadRefusedException.notAccepted(type);
            }
            AcceptedFormat format = accepted.get();
            java.util.Set<ActiveContent> active = java.util.Set.of();
            if (format == AcceptedFormat.PDF) {
                if (ActiveContentCheck.isAlsoZip(part)) {
                    throw UploadRefusedException.polyglot();
                }
                active = ActiveContentCheck.ofPdf(part);
            }
            Path target = folder.resolve(received.address().relativePath());
            placing.readLock().lock();
            try {
                if (Files.isRegularFile(target)) { // the same bytes are there: only their time is renewed
                    Files.setLastModifiedTime(target, FileTime.from(Instant.now()));
                } else {
                    settle(part, target);
                }
            } finally {
                placing.readLock().unlock();
            }
            return new StoredFile(received.address().sha256(), received.size(), format.mediaType(), active);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /**
     * Whether the file is a ZIP archive whose first entry is encrypted (bit 0 of its flags): what an archiver's
     * password makes of a DOCX, which neither Word nor the portal can open (Word's own password makes an
     * {@link AcceptedFormat#ENCRYPTED_OFFICE} file, which is accepted).
     */
    private static boolean passwordZip(Path file) throws IOException {
        byte[] header = new byte[8];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(header, 0, 8) < 8) {
                return false;
            }
        }
        return header[0] == 'P' && header[1] == 'K' && header[2] == 3 && header[3] == 4 && (header[6] & 1) != 0;
    }

    /** Whether a file is stored at {@code sha256} (false for a malformed address). */
    public boolean exists(String sha256) {
        return ContentAddress.isValid(sha256) && Files.isRegularFile(path(sha256));
    }

    /**
     * The stored file's bytes; the caller closes the stream.
     *
     * @throws NoSuchFileException      nothing is stored at that address
     * @throws IllegalArgumentException the address is malformed
     */
    public InputStream open(String sha256) throws IOException {
        return Files.newInputStream(path(sha256));
    }

    /**
     * Where the stored file lies (for Tika, which reads files faster than streams, or for sending the file
     * without copying). Read it, never write it.
     *
     * @throws IllegalArgumentException the address is malformed
     */
    public Path path(String sha256) {
        return folder.resolve(new ContentAddress(sha256).relativePath());
    }

    /**
     * Deletes incoming files older than {@code age}: what a crash in the middle of an upload left behind.
     * Younger ones may belong to uploads still running. Returns how many were deleted.
     */
    public int removeAbandonedUploads(Duration age) throws IOException {
        Instant before = Instant.now().minus(age);
        int removed = 0;
        try (Stream<Path> parts = Files.list(incoming)) {
            for (Path part : (Iterable<Path>) parts::iterator) {
                if (Files.getLastModifiedTime(part).toInstant().isBefore(before) && Files.deleteIfExists(part)) {
                    removed++;
                }
            }
        }
        return removed;
    }

    /**
     * Deletes the stored files that nothing refers to and that were last placed (or found again by an upload)
     * before {@code before}: what an upload whose record was never committed left (a refusal after the file was
     * stored, a crash between the two). Younger files may belong to an upload whose record is being written.
     * Incoming files are {@link #removeAbandonedUploads}' part.
     *
     * @param referenced whether a content address is referred to (by a version, a practice, a conclusion…):
     *                   read it before calling, as files placed meanwhile are younger than {@code before}
     * @return how many files were deleted
     */
    public int removeUnreferenced(java.util.function.Predicate<String> referenced, Instant before) throws IOException {
        List<Path> candidates;
        try (Stream<Path> files = Files.walk(folder, 3)) {
            candidates = files.filter(f -> !f.startsWith(incoming) && Files.isRegularFile(f))
                    .filter(f -> ContentAddress.isValid(f.getFileName().toString())
                            && folder.resolve(new ContentAddress(f.getFileName().toString()).relativePath()).equals(f))
                    .toList();
        }
        int removed = 0;
        for (Path file : candidates) {
            String sha256 = file.getFileName().toString();
            if (referenced.test(sha256)) {
                continue;
            }
            placing.writeLock().lock();
            try {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(before) && Files.deleteIfExists(file)) {
                    removed++;
                }
            } catch (NoSuchFileException gone) {
                // removed meanwhile
            } finally {
                placing.writeLock().unlock();
            }
        }
        return removed;
    }

    private record Received(ContentAddress address, long size) {
    }

    /** Copies the upload to {@code part}, hashing and counting. */
    private static Received receive(InputStream in, Path part, long maxBytes) throws IOException {
        MessageDigest sha256 = sha256();
        long size = 0;
        byte[] buffer = new byte[BUFFER];
        try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.WRITE)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                size += n;
                if (size > maxBytes) {
                    throw UploadRefusedException.tooLarge(maxBytes);
                }
                sha256.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        }
        if (size == 0) {
            throw UploadRefusedException.empty();
        }
        return new Received(new ContentAddress(HexFormat.of().formatHex(sha256.digest())), size);
    }

    /** Forces a whole, checked file to disk and moves it to its address, whose folder is forced too. */
    private void settle(Path part, Path target) throws IOException {
        force(part, StandardOpenOption.WRITE);
        Path shard = target.getParent();
        ensureFolder(shard);
        // Atomic: readers see no file or the whole file. Were another upload of the same bytes to win the
        // race, this replaces its file with an identical one, which is harmless.
        Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        forceFolder(shard);
    }

    /** Creates a missing folder (and its missing parent) durably: the parent's new entry is forced too. */
    private void ensureFolder(Path dir) throws IOException {
        if (dir.equals(folder) || Files.isDirectory(dir)) {
            return;
        }
        ensureFolder(dir.getParent());
        try {
            Files.createDirectory(dir);
        } catch (java.nio.file.FileAlreadyExistsException createdAtTheSameTime) {
            // by another upload, which may not have forced the parent yet: force it here too
        }
        forceFolder(dir.getParent());
    }

    /** Makes the new directory entry durable (Linux allows forcing a folder; elsewhere this is skipped). */
    private static void forceFolder(Path dir) {
        try {
            force(dir, StandardOpenOption.READ);
        } catch (IOException notSupportedHere) {
            // Some systems cannot open a folder as a channel; the rename itself is still atomic.
        }
    }

    /**
     * {@code fdatasync}: the bytes and what is needed to read them back (the length) reach the disk; the
     * times of last access and change, which nothing here reads, may follow later. A third cheaper than a
     * full {@code fsync} on this kind of file.
     */
    private static void force(Path path, StandardOpenOption mode) throws IOException {
        try (FileChannel channel = FileChannel.open(path, mode)) {
            channel.force(false);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java has SHA-256", impossible);
        }
    }
}
