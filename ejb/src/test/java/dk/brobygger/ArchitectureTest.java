package dk.brobygger;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dk.brobygger.application.AccessLog;
import dk.brobygger.application.ChainVerification;
import dk.brobygger.application.ConsentExpiry;
import dk.brobygger.application.Gate;
import dk.brobygger.application.Gated;
import dk.brobygger.application.ProfileService;
import dk.brobygger.application.RetentionJob;
import dk.brobygger.application.Scope;
import dk.brobygger.infrastructure.audit.AuditTrail;
import dk.brobygger.security.AccessPolicy;
import jakarta.ejb.Stateless;
import org.junit.jupiter.api.Test;

/** The layers of docs/architecture.md: a change that breaks one fails the build. */
class ArchitectureTest {

    private static final String SECURITY = "dk.brobygger.security..";
    private static final String APPLICATION = "dk.brobygger.application..";
    private static final String INFRASTRUCTURE = "dk.brobygger.infrastructure..";
    private static final String DEMO = "dk.brobygger.demo..";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dk.brobygger");

    @Test
    void theDomainKnowsNoOtherLayer() {
        noClasses().that().resideInAPackage("dk.brobygger.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(SECURITY, APPLICATION, INFRASTRUCTURE, DEMO)
                .check(CLASSES);
    }

    @Test
    void policiesArePureNoDatabaseNoAudit() {
        noClasses().that().resideInAPackage(SECURITY)
                .should().dependOnClassesThat().resideInAnyPackage(APPLICATION, INFRASTRUCTURE, DEMO,
                        "jakarta.persistence..", "jakarta.ejb..", "jakarta.inject..")
                .check(CLASSES);
    }

    @Test
    void infrastructureServesTheDomainNotTheApplication() {
        noClasses().that().resideInAPackage(INFRASTRUCTURE)
                .should().dependOnClassesThat().resideInAnyPackage(APPLICATION, DEMO)
                .check(CLASSES);
    }

    /** Queries live in the repositories (infrastructure); a service asks a repository, never the database. */
    @Test
    void servicesHoldNoQueries() {
        noClasses().that().resideInAPackage(APPLICATION)
                .should().dependOnClassesThat().resideInAPackage("jakarta.persistence..")
                .check(CLASSES);
    }

    @Test
    void theLayersHaveNoCycles() {
        slices().matching("dk.brobygger.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    /** The caller's own sign-in profile (ProfileService) is the one service that reads no student's records. */
    @Test
    void everyServiceIsGated() {
        classes().that().resideInAPackage(APPLICATION).and().areAnnotatedWith(Stateless.class)
                .and().haveSimpleNameEndingWith("Service").and().doNotBelongToAnyOf(ProfileService.class)
                .or().belongToAnyOf(AccessLog.class)
                .should().beAnnotatedWith(Gated.class)
                .check(CLASSES);
    }

    @Test
    void onlyTheGateDecidesAndAudits() {
        noClasses().that().doNotBelongToAnyOf(Gate.class, Scope.class, AccessPolicy.class)
                .should().callMethod(AccessPolicy.class, "decide", dk.brobygger.domain.audit.AuditAction.class,
                        dk.brobygger.domain.access.Caller.class, dk.brobygger.domain.access.Relationship.class)
                .check(CLASSES);
        // besides the gate, only what the application does by itself writes to the trail: noting expired consents,
        // the result of a chain check running in the background, and the retention schedule's erasures
        noClasses().that().doNotBelongToAnyOf(Gate.class, Scope.class, ConsentExpiry.class, ChainVerification.class,
                        RetentionJob.class, AuditTrail.class)
                .should().dependOnClassesThat().belongToAnyOf(AuditTrail.class)
                .check(CLASSES);
    }
}
