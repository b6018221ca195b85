package ru.portal500;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The shape of the code, stated as rules over the compiled classes of {@code src/main/java}.
 *
 * <p>Packages by bounded context: {@code ru.portal500.<context>.<layer>}. The layers of a context, from the bottom:
 * <ul>
 *   <li><b>domain</b>: entities, values and rules ({@code domain}; in expertise also the pure models
 *       {@code checklist} and {@code assignment}, in contests {@code judging}). It depends on other domains and on
 *       {@code shared} only.</li>
 *   <li><b>infrastructure</b>: repositories, converters and the technical engines ({@code infrastructure};
 *       {@code documents.storage}, {@code documents.extraction}, {@code search.engine},
 *       {@code expertise.conclusion}, {@code platform.config}/{@code database}). It depends on domain and
 *       infrastructure only, never on a use case.</li>
 *   <li><b>application</b>: one use case per service; it uses its own context's repositories.</li>
 *   <li><b>api</b> (JAX-RS) and <b>web</b> (JSF page beans): the two doors, side by side; neither uses the
 *       other.</li>
 * </ul>
 * Across contexts a class reaches another context only through its {@code application} services and its
 * {@code domain} types (the shared vocabulary: {@code Scope}, {@code Caller}, {@code School}…), or through
 * {@code platform.config} (the settings); never its repositories, pages or resources. {@code shared} depends on
 * no context; the shell ({@code portal}: the menu and the pages' frame) may depend on every context and none
 * depends on it. Contexts depend on each other without cycles. Faces and PrimeFaces stay in {@code web}.
 *
 * <p>The dependencies between contexts are drawn from the classes and compared with the picture in
 * {@code README.md} (between the {@value #BEGIN} and {@value #END} markers), so the picture cannot drift.
 */
class ArchitectureTest {

    static final String ROOT = "ru.portal500";
    static final String BEGIN = "<!-- context-map:begin (ArchitectureTest writes it) -->";
    static final String END = "<!-- context-map:end -->";

    /** Sub-packages named otherwise than their layer. */
    static final Map<String, Layer> OTHER_NAMES = Map.of(
            "checklist", Layer.DOMAIN,
            "assignment", Layer.DOMAIN,
            "judging", Layer.DOMAIN,
            "storage", Layer.INFRASTRUCTURE,
            "extraction", Layer.INFRASTRUCTURE,
            "engine", Layer.INFRASTRUCTURE,
            "conclusion", Layer.INFRASTRUCTURE,
            "config", Layer.INFRASTRUCTURE,
            "database", Layer.INFRASTRUCTURE,
            "health", Layer.INFRASTRUCTURE);

    /** Contexts that are not bounded contexts: the kit everyone uses, and the shell on top of everything. */
    static final String SHARED = "shared";
    static final String SHELL = "portal";

    enum Layer {
        DOMAIN, INFRASTRUCTURE, APPLICATION, API, WEB;

        /** What a class of this layer may use inside its own context. */
        boolean mayUse(Layer other) {
            return switch (this) {
                case DOMAIN -> other == DOMAIN;
                case INFRASTRUCTURE -> other == DOMAIN || other == INFRASTRUCTURE;
                case APPLICATION -> other != API && other != WEB;
                case API -> other != WEB;
                case WEB -> other != API;
            };
        }
    }

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void layersInsideEachContextPointDown() {
        classes().that().resideInAPackage(ROOT + ".*.*..")
                .should(useOnlyLowerLayersOfTheirContext())
                .check(classes);
    }

    @Test
    void anotherContextIsReachedOnlyThroughItsApplicationOrDomain() {
        classes().that().resideInAPackage(ROOT + ".*..")
                .should(reachOtherContextsOnlyThroughApplicationOrDomain())
                .check(classes);
    }

    @Test
    void noStaleExceptions() {
        layersInsideEachContextPointDown();
        anotherContextIsReachedOnlyThroughItsApplicationOrDomain();
        assertEquals(new TreeSet<>(KNOWN), new TreeSet<>(SEEN_KNOWN), "a known violation is gone: remove it from KNOWN");
    }

    @Test
    void noContextDependsOnTheShell() {
        noClasses().that().resideOutsideOfPackage(ROOT + "." + SHELL + "..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + "." + SHELL + "..")
                .check(classes);
    }

    @Test
    void sharedDependsOnNoContext() {
        noClasses().that().resideInAPackage(ROOT + "." + SHARED + "..")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "belong to a context", c -> context(c).filter(x -> !x.equals(SHARED)).isPresent()))
                .check(classes);
    }

    @Test
    void contextsDependOnEachOtherWithoutCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void facesStayInTheWebLayer() {
        ArchRule rule = noClasses().that().resideInAnyPackage("..domain..", "..application..", "..infrastructure..",
                        "..api..", "..checklist..", "..assignment..", "..judging..", "..storage..", "..extraction..",
                        "..engine..", "..conclusion..", "..i18n..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.faces..", "org.primefaces..");
        rule.check(classes);
    }

    @Test
    void onlyPagesUseWebClasses() {
        noClasses().that().resideInAnyPackage("..domain..", "..application..", "..infrastructure..", "..checklist..",
                        "..assignment..", "..judging..", "..storage..", "..extraction..", "..engine..",
                        "..conclusion..", "..i18n..")
                .should().dependOnClassesThat().resideInAPackage("..web..")
                .check(classes);
    }

    @Test
    void readmeDrawsTheContextsAsTheCodeHasThem() throws IOException {
        Path readme = Path.of("README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        String expected = contextMap();
        String actual = begin < 0 || end < begin ? "" : text.substring(begin + BEGIN.length(), end).strip();
        assertEquals(expected, actual, "README.md's picture of the contexts differs from the code; paste between "
                + BEGIN + " and " + END + ":\n\n" + expected + "\n");
    }

    /** The contexts and their dependencies (shared left out: everyone uses it) as a Mermaid graph. */
    static String contextMap() {
        SortedMap<String, SortedSet<String>> uses = new TreeMap<>();
        for (JavaClass origin : classes) {
            Optional<String> from = context(origin);
            if (from.isEmpty() || from.get().equals(SHARED)) {
                continue;
            }
            uses.computeIfAbsent(from.get(), k -> new TreeSet<>());
            for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                context(d.getTargetClass())
                        .filter(to -> !to.equals(from.get()) && !to.equals(SHARED))
                        .ifPresent(to -> uses.get(from.get()).add(to));
            }
        }
        StringBuilder graph = new StringBuilder("```mermaid\nflowchart TD\n");
        uses.forEach((from, targets) -> {
            if (targets.isEmpty()) {
                graph.append("    ").append(from).append('\n');
            }
            targets.forEach(to -> graph.append("    ").append(from).append(" --> ").append(to).append('\n'));
        });
        return graph.append("```").toString();
    }

    static Optional<String> context(JavaClass c) {
        String[] parts = c.getPackageName().split("\\.");
        return parts.length > 2 && c.getPackageName().startsWith(ROOT + ".") ? Optional.of(parts[2]) : Optional.empty();
    }

    static Optional<Layer> layer(JavaClass c) {
        String[] parts = c.getPackageName().split("\\.");
        if (parts.length < 4 || !c.getPackageName().startsWith(ROOT + ".")) {
            return Optional.empty();
        }
        String name = parts[3];
        for (Layer l : Layer.values()) {
            if (l.name().toLowerCase().equals(name)) {
                return Optional.of(l);
            }
        }
        return Optional.ofNullable(OTHER_NAMES.get(name));
    }

    static ArchCondition<JavaClass> useOnlyLowerLayersOfTheirContext() {
        return new ArchCondition<>("use only their own or lower layers of their context") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<Layer> from = layer(origin);
                Optional<String> ctx = context(origin);
                if (from.isEmpty() || ctx.isEmpty() || ctx.get().equals(SHELL)) {
                    return;
                }
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass();
                    Optional<Layer> to = layer(target);
                    if (ctx.equals(context(target)) && to.isPresent() && !from.get().mayUse(to.get()) && !known(d)) {
                        events.add(SimpleConditionEvent.violated(d, from.get() + " uses " + to.get() + ": "
                                + d.getDescription()));
                    }
                }
            }
        };
    }

    static final Set<Layer> OPEN_TO_OTHER_CONTEXTS = Set.of(Layer.DOMAIN, Layer.APPLICATION);

    /**
     * Declared ports below the application layer: the tenancy mechanism every repository uses ({@code @ScopedToCaller}
     * and the criteria's parameters, and {@code WholeRegion}, its one door to a whole region for system work), the
     * settings, and the content-addressed file store that expertise (conclusions)
     * and practices (attachments) write into.
     */
    static final Set<String> DECLARED_PORTS = Set.of(
            ROOT + ".tenancy.infrastructure.ScopedToCaller",
            ROOT + ".tenancy.infrastructure.ScopeParameters",
            ROOT + ".tenancy.infrastructure.WholeRegion",
            ROOT + ".platform.config.",
            ROOT + ".documents.storage.");

    /**
     * Dependencies that break a rule today and are left for later, each named exactly (origin class → target class)
     * so that any other one fails. None is left today; a new one needs a reason in its commit. Remove an entry when its
     * dependency goes; a stale entry fails {@link #noStaleExceptions()}.
     */
    static final Set<String> KNOWN = Set.of();

    static final Set<String> SEEN_KNOWN = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static boolean known(Dependency d) {
        String key = d.getOriginClass().getName().substring(ROOT.length() + 1) + " -> "
                + d.getTargetClass().getName().substring(ROOT.length() + 1);
        if (KNOWN.contains(key)) {
            SEEN_KNOWN.add(key);
            return true;
        }
        return false;
    }

    static boolean declaredPort(JavaClass target) {
        return DECLARED_PORTS.stream().anyMatch(p -> p.endsWith(".") ? target.getName().startsWith(p)
                : target.getName().equals(p));
    }

    static ArchCondition<JavaClass> reachOtherContextsOnlyThroughApplicationOrDomain() {
        return new ArchCondition<>("reach another context only through its application or domain") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> from = context(origin);
                if (from.isEmpty() || from.get().equals(SHELL)) {
                    return;
                }
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass();
                    Optional<String> to = context(target);
                    if (to.isEmpty() || to.equals(from) || to.get().equals(SHARED)) {
                        continue;
                    }
                    boolean open = layer(target).filter(OPEN_TO_OTHER_CONTEXTS::contains).isPresent()
                            || declaredPort(target);
                    if (!open && !known(d)) {
                        events.add(SimpleConditionEvent.violated(d, from.get() + " reaches into "
                                + target.getPackageName() + ": " + d.getDescription()));
                    }
                }
            }
        };
    }
}
