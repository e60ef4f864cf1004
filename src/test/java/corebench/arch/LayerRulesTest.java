package corebench.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The design's layers (the shared design notes, "How this team works"), checked on the production
 * classes so that an import across a layer fails the build: {@code cli → sweep → bench → model →
 * worker → workload}, each depending only on those to its right; {@code cluster} beside {@code worker}
 * (model and the layers above may use it, it may use worker and workload); {@code report} reads result
 * files and imports no other corebench package (only cli uses it); {@code workload} imports no other
 * corebench package; {@code format} (the results format and its statistics) is shared by the sweep and the
 * reporter and imports no other corebench package; no cycles between packages. Written from the design, not from today's imports.
 */
@AnalyzeClasses(packages = "corebench", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {

    @ArchTest
    static final ArchRule LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("cli").definedBy("corebench.cli..")
            .layer("sweep").definedBy("corebench.sweep..")
            .layer("bench").definedBy("corebench.bench..")
            .layer("model").definedBy("corebench.model..")
            .layer("cluster").definedBy("corebench.cluster..")
            .layer("worker").definedBy("corebench.worker..")
            .layer("workload").definedBy("corebench.workload..")
            .layer("report").definedBy("corebench.report..")
            .layer("format").definedBy("corebench.format..")
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("sweep").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("bench").mayOnlyBeAccessedByLayers("cli", "sweep")
            .whereLayer("model").mayOnlyBeAccessedByLayers("cli", "sweep", "bench")
            .whereLayer("cluster").mayOnlyBeAccessedByLayers("cli", "sweep", "bench", "model")
            .whereLayer("worker").mayOnlyBeAccessedByLayers("cli", "sweep", "bench", "model", "cluster")
            .whereLayer("workload").mayOnlyBeAccessedByLayers("cli", "sweep", "bench", "model", "cluster", "worker")
            .whereLayer("report").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("format").mayOnlyBeAccessedByLayers("cli", "sweep", "bench", "model", "cluster", "worker", "report");

    @ArchTest
    static final ArchRule FORMAT_STANDS_ALONE = noClasses().that().resideInAPackage("corebench.format..")
            .should().dependOnClassesThat().resideInAnyPackage("corebench.cli..", "corebench.sweep..", "corebench.bench..",
                    "corebench.model..", "corebench.worker..", "corebench.cluster..", "corebench.workload..",
                    "corebench.report..")
            .because("the results format is shared by the sweep that writes it and the reporter that reads it");

    @ArchTest
    static final ArchRule REPORT_READS_FILES_ONLY = noClasses().that().resideInAPackage("corebench.report..")
            .should().dependOnClassesThat().resideInAnyPackage("corebench.cli..", "corebench.sweep..", "corebench.bench..",
                    "corebench.model..", "corebench.worker..", "corebench.cluster..", "corebench.workload..")
            .because("the reporter only reads result files: what it knows of models and workloads is the published format");

    @ArchTest
    static final ArchRule WORKLOADS_STAND_ALONE = noClasses().that().resideInAPackage("corebench.workload..")
            .should().dependOnClassesThat().resideInAnyPackage("corebench.cli..", "corebench.sweep..", "corebench.bench..",
                    "corebench.model..", "corebench.worker..", "corebench.cluster..", "corebench.report..")
            .because("kernels know nothing of who runs them");

    /** Every package, subpackages included (the report's results → analysis → render/compare → report too). */
    @ArchTest
    static final ArchRule NO_CYCLES_BETWEEN_PACKAGES = slices().matching("corebench.(**)").should().beFreeOfCycles();
}
