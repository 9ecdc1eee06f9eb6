package ailog;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The folder tree is the architecture: the domain and the use cases know no database, Slack, scheduler or pool;
 * dependencies point inward, domain ← use cases ← adapters ← configuration, and no adapter uses another.
 */
class ArchitectureTest {
    private static final JavaClasses AILOG = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ailog");

    private static final String DOMAIN = "Domain";
    private static final String USE_CASES = "Use cases";
    /** What adapters share: charts, the CSV format of runs, logging helpers. */
    private static final String SHARED_BY_ADAPTERS = "Shared by adapters";
    private static final String PERSISTENCE = "Persistence";
    private static final String SLACK = "Slack";
    private static final String SCHEDULING = "Scheduling";
    private static final String COMMAND_LINE = "Command line";
    private static final String CONFIGURATION = "Configuration";

    @Test
    void theDomainAndTheUseCasesKnowNoDatabaseSlackSchedulerOrPool() {
        noClasses().that().resideInAnyPackage("ailog.domain..", "ailog.app..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.jooq..", "java.sql..", "javax.sql..", "ailog.persistence..",
                        "com.slack..", "org.quartz..", "com.zaxxer..", "org.flywaydb..",
                        "org.sqlite..", "org.postgresql..", "org.eclipse.jetty..")
                .because("the core speaks the domain; adapters translate (STYLE.md)")
                .check(AILOG);
    }

    @Test
    void theDomainNeedsNothingButTheJdk() {
        classes().that().resideInAPackage("ailog.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("ailog.domain..", "java..")
                .check(AILOG);
    }

    @Test
    void dependenciesPointInwardAndNoAdapterUsesAnother() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer(DOMAIN).definedBy("ailog.domain..")
                .layer(USE_CASES).definedBy("ailog.app..")
                .layer(SHARED_BY_ADAPTERS).definedBy("ailog.chart..", "ailog.csv..", "ailog.logging..")
                .layer(PERSISTENCE).definedBy("ailog.persistence..")
                .layer(SLACK).definedBy("ailog.slack..")
                .layer(SCHEDULING).definedBy("ailog.scheduling..")
                .layer(COMMAND_LINE).definedBy("ailog.cli..")
                .layer(CONFIGURATION).definedBy("ailog.config..")
                .whereLayer(CONFIGURATION).mayNotBeAccessedByAnyLayer()
                .whereLayer(PERSISTENCE).mayOnlyBeAccessedByLayers(CONFIGURATION)
                .whereLayer(SLACK).mayOnlyBeAccessedByLayers(CONFIGURATION)
                .whereLayer(SCHEDULING).mayOnlyBeAccessedByLayers(CONFIGURATION)
                .whereLayer(COMMAND_LINE).mayOnlyBeAccessedByLayers(CONFIGURATION)
                .whereLayer(SHARED_BY_ADAPTERS)
                .mayOnlyBeAccessedByLayers(PERSISTENCE, SLACK, SCHEDULING, COMMAND_LINE, CONFIGURATION)
                .whereLayer(USE_CASES).mayOnlyBeAccessedByLayers(SHARED_BY_ADAPTERS, PERSISTENCE, SLACK, SCHEDULING,
                        COMMAND_LINE, CONFIGURATION)
                .whereLayer(DOMAIN).mayOnlyBeAccessedByLayers(USE_CASES, SHARED_BY_ADAPTERS, PERSISTENCE, SLACK,
                        SCHEDULING, COMMAND_LINE, CONFIGURATION)
                .check(AILOG);
    }

    @Test
    void everyClassHasItsPlaceInTheLayers() {
        classes().should().resideInAnyPackage("ailog.domain..", "ailog.app..", "ailog.chart..", "ailog.csv..",
                        "ailog.logging..", "ailog.persistence..", "ailog.slack..", "ailog.scheduling..",
                        "ailog.cli..", "ailog.config..")
                .because("a new package must be given its layer above, or the layering rule cannot see it")
                .check(AILOG);
    }

    @Test
    void thePackagesDependOnEachOtherWithoutCycles() {
        slices().matching("ailog.(*)..").should().beFreeOfCycles().check(AILOG);
    }

    @Test
    void theSubpackagesOfTheDomainTheUseCasesAndSlackDependOnEachOtherWithoutCycles() {
        for (String layer : List.of("domain", "app", "slack")) {
            slices().matching("ailog." + layer + ".(*)..").should().beFreeOfCycles().check(AILOG);
        }
    }
}
