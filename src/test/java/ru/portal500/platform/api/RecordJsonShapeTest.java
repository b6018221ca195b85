package ru.portal500.platform.api;

import jakarta.json.bind.annotation.JsonbTransient;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * JSON-B (Yasson, as Payara has it) writes a record's components and, besides them, every public getter under
 * the getter's own name: a record with {@code getKind()} next to {@code kind} answers {@code "getKind"} and
 * {@code "kind"}. The getters that pages need (Jakarta EL 5 does not read record components) are therefore
 * {@link JsonbTransient}, so that every field is answered once.
 */
class RecordJsonShapeTest {

    @Test
    void noRecordAnswersAFieldTwice() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(RecordJsonShapeTest.class.getResource("/ru/portal500").toURI()).getParent().getParent();
        Path main = classes.resolveSibling("classes");
        List<String> doubled = new ArrayList<>();
        int records = 0;
        try (Stream<Path> files = Files.walk(main.resolve("ru/portal500"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = main.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                if (!type.isRecord()) {
                    continue;
                }
                records++;
                for (RecordComponent component : type.getRecordComponents()) {
                    String capitalised = Character.toUpperCase(component.getName().charAt(0)) + component.getName().substring(1);
                    for (String getter : List.of("get" + capitalised, "is" + capitalised)) {
                        Method method = publicMethod(type, getter);
                        if (method != null && !method.isAnnotationPresent(JsonbTransient.class)) {
                            doubled.add(type.getName() + "." + getter + "()");
                        }
                    }
                }
            }
        }
        assertTrue(records > 50, "the records of the portal were found: " + records);
        assertEquals(List.of(), doubled, "getters that JSON-B writes beside the record's own field");
    }

    private static Method publicMethod(Class<?> type, String name) {
        try {
            Method method = type.getDeclaredMethod(name);
            return Modifier.isPublic(method.getModifiers()) ? method : null;
        } catch (NoSuchMethodException none) {
            return null;
        }
    }
}
