package ru.portal500.tenancy.infrastructure;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The scope of a transaction's EntityManager is set in two places only: the caller's by {@link ScopeInterceptor},
 * a whole region's by {@link WholeRegion}. A repository that sets parameters itself, or looks up "the region of this
 * id" to do so, is a second tenancy mechanism.
 */
class ScopeDoorsTest {

    private static final Path SOURCES = Path.of("src/main/java");

    @Test
    void onlyTheInterceptorAndWholeRegionSetTheScope() throws IOException {
        assertEquals(List.of("ScopeInterceptor.java", "WholeRegion.java"), filesContaining("setProperty("));
        assertEquals(List.of("ScopeInterceptor.java", "WholeRegion.java"), filesContaining("ScopeParameters."));
    }

    private static List<String> filesContaining(String text) throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                try {
                    return Files.readString(f).replace("::setProperty", "setProperty(").contains(text);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
