package ru.portal500.search.engine;

import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Generations as sub-folders ({@code g-20260114-093000-1a2b3c4d}) of the index folder; the file {@code CURRENT}
 * names the live one and is replaced atomically.
 */
final class FolderStorage implements IndexStorage {

    private static final Logger LOG = Logger.getLogger(FolderStorage.class.getName());
    private static final String POINTER = "CURRENT";
    private static final Pattern NAME = Pattern.compile("g-[0-9]{8}-[0-9]{6}-[0-9a-f]{8}");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path folder;

    FolderStorage(Path folder) throws IOException {
        this.folder = Files.createDirectories(folder.toAbsolutePath());
    }

    @Override
    public Optional<String> current() throws IOException {
        Path pointer = folder.resolve(POINTER);
        if (!Files.isRegularFile(pointer)) {
            return Optional.empty();
        }
        String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
        return NAME.matcher(name).matches() && Files.isDirectory(folder.resolve(name)) ? Optional.of(name) : Optional.empty();
    }

    @Override
    public String newName() {
        return "g-" + LocalDateTime.now().format(STAMP) + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Override
    public Directory open(String name) throws IOException {
        return FSDirectory.open(Files.createDirectories(folder.resolve(name)));
    }

    @Override
    public void makeCurrent(String name) throws IOException {
        Path temporary = folder.resolve(POINTER + ".tmp");
        Files.writeString(temporary, name, StandardCharsets.UTF_8);
        Files.move(temporary, folder.resolve(POINTER), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void remove(String name) {
        Path generation = folder.resolve(name);
        try (Stream<Path> files = Files.walk(generation)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, e, () -> "Cannot remove the index generation " + generation);
        }
    }

    @Override
    public void removeAllBut(String name) {
        try (Stream<Path> children = Files.list(folder)) {
            List<String> others = children.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(n -> NAME.matcher(n).matches() && !n.equals(name)).toList();
            others.forEach(this::remove);
        } catch (IOException e) {
            LOG.log(Level.WARNING, e, () -> "Cannot list the index folder " + folder);
        }
    }

    @Override
    public String describe() {
        return folder.toString();
    }
}
