package org.branchpress;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way, stage by stage (DESIGN.md): problem ← yaml/source ← settings ←
 * content ← markdown ← site ← render ← pipeline ← cli; publish knows only problems. The
 * writing lint reads content, settings and sources and is used only by the command line.
 */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.branchpress");

    @Test
    void stagesDependOnlyOnEarlierStages() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("cli").definedBy("org.branchpress.cli..")
                .layer("pipeline").definedBy("org.branchpress")
                .layer("lint").definedBy("org.branchpress.lint..")
                .layer("importer").definedBy("org.branchpress.importer..")
                .layer("serve").definedBy("org.branchpress.serve..")
                .layer("publish").definedBy("org.branchpress.publish..")
                .layer("render").definedBy("org.branchpress.render..")
                .layer("review").definedBy("org.branchpress.review..")
                .layer("site").definedBy("org.branchpress.site..")
                .layer("markdown").definedBy("org.branchpress.markdown..")
                .layer("content").definedBy("org.branchpress.content..")
                .layer("settings").definedBy("org.branchpress.settings..")
                .layer("source").definedBy("org.branchpress.source..")
                .layer("yaml").definedBy("org.branchpress.yaml..")
                .layer("problem").definedBy("org.branchpress.problem..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("pipeline").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("lint").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("importer").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("serve").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("publish").mayOnlyBeAccessedByLayers("pipeline")
                .whereLayer("render").mayOnlyBeAccessedByLayers("pipeline")
                .whereLayer("review").mayOnlyBeAccessedByLayers("pipeline", "cli")
                .whereLayer("site").mayOnlyBeAccessedByLayers("render", "pipeline", "cli")
                .whereLayer("markdown").mayOnlyBeAccessedByLayers("site", "render", "pipeline", "lint")
                .whereLayer("content").mayOnlyBeAccessedByLayers("markdown", "site", "render", "review", "pipeline",
                        "importer", "lint", "cli")
                .whereLayer("settings").mayOnlyBeAccessedByLayers("content", "site", "render", "review", "pipeline",
                        "lint")
                .whereLayer("source").mayOnlyBeAccessedByLayers("settings", "content", "markdown", "site", "render",
                        "review", "pipeline", "lint", "importer")
                .whereLayer("yaml").mayOnlyBeAccessedByLayers("settings", "content", "pipeline")
                .check(CLASSES);
    }

    @Test
    void onlyTheYamlLayerTouchesSnakeYaml() {
        noClasses().that().resideOutsideOfPackage("org.branchpress.yaml..")
                .should().dependOnClassesThat().resideInAPackage("org.yaml.snakeyaml..")
                .check(CLASSES);
    }

    @Test
    void onlyTheRenderLayerTouchesFreeMarker() {
        noClasses().that().resideOutsideOfPackage("org.branchpress.render..")
                .should().dependOnClassesThat().resideInAPackage("freemarker..")
                .check(CLASSES);
    }
}
