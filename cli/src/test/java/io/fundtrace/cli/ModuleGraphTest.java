package io.fundtrace.cli;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The module graph of the README, checked on the production classes of every module: each module uses
 * only the modules drawn below it, nothing in the pipeline uses the synthetic source system, and no
 * two packages depend on each other in a cycle.
 */
class ModuleGraphTest {
    /** Each module's packages may use these modules' packages (besides their own and libraries). */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "warehouse", Set.of(),
            "ingest", Set.of("warehouse"),
            "marts", Set.of("warehouse"),
            "reports", Set.of("warehouse", "marts"),
            "spark", Set.of("warehouse"),
            "synthetic", Set.of("warehouse", "ingest"),
            "cli", Set.of("warehouse", "ingest", "marts", "reports", "synthetic"));

    // the modules come as target/classes folders under `mvn test` and as jars under `mvn verify`: both count
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.fundtrace");

    @Test
    void everyModuleUsesOnlyTheModulesBelowItAndNoPipelineModuleUsesTheGenerator() {
        Set<String> modulesSeen = new TreeSet<>();
        Set<String> violations = new TreeSet<>();
        for (JavaClass origin : PRODUCTION) {
            String from = module(origin);
            modulesSeen.add(from);
            origin.getDirectDependenciesFromSelf().forEach(dependency -> {
                JavaClass target = dependency.getTargetClass();
                if (!target.getPackageName().startsWith("io.fundtrace.")) {
                    return;
                }
                String to = module(target);
                if (!to.equals(from) && !ALLOWED.get(from).contains(to)) {
                    violations.add(from + " -> " + to + ": " + origin.getName() + " uses " + target.getName());
                }
            });
        }
        // the import saw every module's classes (a wrong class path would make the check pass vacuously)
        assertTrue(modulesSeen.containsAll(ALLOWED.keySet()), "modules seen: " + modulesSeen);
        assertTrue(violations.isEmpty(), String.join("\n", violations));
    }

    @Test
    void packagesFormNoCycle() {
        slices().matching("io.fundtrace.(**)").should().beFreeOfCycles().check(PRODUCTION);
    }

    private static String module(JavaClass javaClass) {
        String rest = javaClass.getPackageName().substring("io.fundtrace.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
