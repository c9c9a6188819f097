package org.branchpress;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.PackageMatcher;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way, stage by stage (DESIGN.md): problem ← yaml/source ← settings ←
 * content ← markdown (photo, which knows only problems, beside content) ← site ← render ← pipeline ← cli; publish, cache and print (HTML to PDF) know only problems; search
 * (Chinese text folding) knows nothing of ours. The writing lint reads the pipeline's parse of
 * each body and is used only by the pipeline. Every package is in a layer, so a new one
 * cannot slip past these rules.
 */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.branchpress");

    /** Layer name → its packages, in the order of the rules below. */
    private static final Map<String, String> LAYERS = new LinkedHashMap<>();

    static {
        LAYERS.put("cli", "org.branchpress.cli..");
        LAYERS.put("pipeline", "org.branchpress");
        LAYERS.put("lint", "org.branchpress.lint..");
        LAYERS.put("importer", "org.branchpress.importer..");
        LAYERS.put("serve", "org.branchpress.serve..");
        LAYERS.put("publish", "org.branchpress.publish..");
        LAYERS.put("cache", "org.branchpress.cache..");
        LAYERS.put("print", "org.branchpress.print..");
        LAYERS.put("render", "org.branchpress.render..");
        LAYERS.put("review", "org.branchpress.review..");
        LAYERS.put("site", "org.branchpress.site..");
        LAYERS.put("markdown", "org.branchpress.markdown..");
        LAYERS.put("content", "org.branchpress.content..");
        LAYERS.put("photo", "org.branchpress.photo..");
        LAYERS.put("settings", "org.branchpress.settings..");
        LAYERS.put("search", "org.branchpress.search..");
        LAYERS.put("source", "org.branchpress.source..");
        LAYERS.put("yaml", "org.branchpress.yaml..");
        LAYERS.put("problem", "org.branchpress.problem..");
    }

    private static LayeredArchitecture layers() {
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (Map.Entry<String, String> layer : LAYERS.entrySet()) {
            layers = layers.layer(layer.getKey()).definedBy(layer.getValue());
        }
        return layers;
    }

    @Test
    void stagesDependOnlyOnEarlierStages() {
        layers()
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("pipeline").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("lint").mayOnlyBeAccessedByLayers("pipeline")
                .whereLayer("importer").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("serve").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("publish").mayOnlyBeAccessedByLayers("pipeline")
                .whereLayer("cache").mayOnlyBeAccessedByLayers("pipeline")
                .whereLayer("print").mayOnlyBeAccessedByLayers("pipeline")
                .whereLayer("render").mayOnlyBeAccessedByLayers("pipeline")
                .whereLayer("review").mayOnlyBeAccessedByLayers("pipeline", "cli")
                .whereLayer("site").mayOnlyBeAccessedByLayers("render", "pipeline", "cli")
                .whereLayer("markdown").mayOnlyBeAccessedByLayers("site", "render", "pipeline", "lint")
                .whereLayer("content").mayOnlyBeAccessedByLayers("markdown", "site", "render", "review", "pipeline",
                        "importer", "lint", "cli")
                .whereLayer("photo").mayOnlyBeAccessedByLayers("markdown", "site", "render", "pipeline", "cli")
                .whereLayer("settings").mayOnlyBeAccessedByLayers("content", "site", "render", "review", "pipeline",
                        "lint")
                .whereLayer("search").mayOnlyBeAccessedByLayers("render", "lint", "importer", "cli")
                .whereLayer("source").mayOnlyBeAccessedByLayers("settings", "content", "markdown", "site", "render",
                        "review", "pipeline", "lint", "importer", "cli") // cli: new writes via AtomicFiles
                .whereLayer("yaml").mayOnlyBeAccessedByLayers("settings", "content", "pipeline",
                        "cli") // cli: a misspelled command or option gets KeySuggestion's hint
                .check(CLASSES);
    }

    @Test
    void searchKnowsNothingOfTheStages() {
        noClasses().that().resideInAPackage("org.branchpress.search..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.branchpress.search..", "java..")
                .check(CLASSES);
    }

    @Test
    void everyPackageIsInALayer() {
        Set<String> outside = new TreeSet<>();
        for (JavaClass c : CLASSES) {
            if (LAYERS.values().stream().noneMatch(p -> PackageMatcher.of(p).matches(c.getPackageName()))) {
                outside.add(c.getPackageName());
            }
        }
        assertThat(outside).as("packages no layer of this test names: add each to LAYERS and its rule").isEmpty();
        assertThat(CLASSES.stream().map(JavaClass::getPackageName).distinct().count())
                .as("the importer found the packages").isGreaterThan(LAYERS.size() - 1);
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
