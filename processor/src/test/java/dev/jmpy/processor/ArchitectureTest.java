package dev.jmpy.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The processor's packages form layers without cycles: translate/ (the Java language) uses
 * library/ (the JDK), which uses analysis/ and runtime/ and never translate/; check/ runs before
 * translation and needs none of it. Each rule is also run on a fixture that breaks it, so the rules
 * can fail.
 */
class ArchitectureTest {
  private static final String ROOT = "dev.jmpy.processor";
  private static final String FIXTURE = "dev.jmpy.processor.archfixture";

  private static final JavaClasses PROCESSOR = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
  private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages(FIXTURE);

  /** The rules for the packages under {@code root}. */
  static List<ArchRule> rules(String root) {
    return List.of(
        slices().matching(root + ".(*)..").should().beFreeOfCycles()
            .as("no package cycle between the processor's packages"),
        noClasses().that().resideInAPackage(root + ".library..").should().dependOnClassesThat()
            .resideInAnyPackage(root + ".translate..", root + ".check..", root + ".lower..",
                root + ".emit..")
            .allowEmptyShould(true).as("library/ knows the translator only through CallSite"),
        noClasses().that().resideInAPackage(root + ".analysis..").should().dependOnClassesThat()
            .resideInAnyPackage(root + ".translate..", root + ".library..", root + ".check..",
                root + ".runtime..", root + ".lower..", root + ".emit..", root + ".python..")
            .allowEmptyShould(true)
            .as("analysis/ takes a typing function, not a translator or the library"),
        noClasses().that().resideInAPackage(root + ".runtime..").should().dependOnClassesThat()
            .resideInAnyPackage(root + ".translate..", root + ".library..", root + ".analysis..",
                root + ".check..", root + ".lower..", root + ".emit..", root + ".diag..")
            .allowEmptyShould(true).as("runtime/ knows only helper names and their Python"),
        noClasses().that().resideInAPackage(root + ".check..").should().dependOnClassesThat()
            .resideInAnyPackage(root + ".translate..", root + ".library..", root + ".lower..",
                root + ".emit..", root + ".runtime..")
            .allowEmptyShould(true).as("check/ runs before translation and needs none of it"));
  }

  @Test
  void theProcessorsPackagesKeepTheirLayers() {
    for (ArchRule rule : rules(ROOT)) {
      EvaluationResult result = rule.evaluate(PROCESSOR);
      assertWithMessage(rule.getDescription() + ":\n" + result.getFailureReport())
          .that(result.hasViolation()).isFalse();
    }
  }

  @Test
  void aCycleAndALibraryClassReferencingTranslateAreCaught() {
    List<ArchRule> rules = rules(FIXTURE);
    assertWithMessage("a package cycle").that(rules.get(0).evaluate(FIXTURES).hasViolation())
        .isTrue();
    assertWithMessage("library/ referencing translate/")
        .that(rules.get(1).evaluate(FIXTURES).hasViolation()).isTrue();
  }
}
