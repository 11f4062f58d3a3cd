package vn.chidao.app;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The module map: {@code vn.chidao.<module>} is a module's API; its sub-packages are its own
 * business. Modules may use each other's API only, and never in a circle.
 */
@AnalyzeClasses(packages = "vn.chidao", importOptions = ImportOption.DoNotIncludeTests.class)
class ModularArchitectureTest {

    private static final String BASE = "vn.chidao.";

    @ArchTest
    static final ArchRule modules_use_only_the_api_of_other_modules = classes()
            .that().resideInAPackage("vn.chidao..")
            .should(useOnlyTheRootPackageOfOtherModules());

    @ArchTest
    static final ArchRule modules_do_not_depend_on_each_other_in_a_circle = slices()
            .matching("vn.chidao.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule no_module_depends_on_the_application = classes()
            .that().resideInAPackage("vn.chidao..").and().resideOutsideOfPackage("vn.chidao.app..")
            .should().onlyDependOnClassesThat().resideOutsideOfPackage("vn.chidao.app..");

    private static ArchCondition<JavaClass> useOnlyTheRootPackageOfOtherModules() {
        return new ArchCondition<>("use only the root package (the API) of other modules") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String own = module(origin.getPackageName());
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    String target = dependency.getTargetClass().getPackageName();
                    String other = module(target);
                    if (other != null && !other.equals(own) && !target.equals(BASE + other)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                                + " reaches into the internals of module '" + other + "'"));
                    }
                }
            }
        };
    }

    /** "vn.chidao.tasks.domain" is module "tasks"; classes outside vn.chidao belong to none. */
    static String module(String packageName) {
        if (!packageName.startsWith(BASE)) {
            return null;
        }
        String rest = packageName.substring(BASE.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
