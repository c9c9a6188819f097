package org.branchpress;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Text is folded with {@code Locale.ROOT}: {@code "TITLE".toLowerCase()} on a machine whose
 * default locale is Turkish gives {@code "tıtle"}, and a slug or a YAML key would then differ
 * from one computer to the next.
 */
class LocaleRootTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.branchpress");

    @Test
    void noCodeLowerCasesWithTheDefaultLocale() {
        noClasses().should().callMethod(String.class, "toLowerCase").check(CLASSES);
    }

    @Test
    void noCodeUpperCasesWithTheDefaultLocale() {
        noClasses().should().callMethod(String.class, "toUpperCase").check(CLASSES);
    }
}
