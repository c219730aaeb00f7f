package dk.brobygger.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.brobygger.domain.audit.AuditAction;
import dk.brobygger.domain.audit.AuditEntry;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** An operation that declares nothing to the gate cannot run: it is stopped, and its work never reaches anyone. */
class GateCheckTest {

    private final RequestAccess access = new RequestAccess();
    private final GateCheck check = new GateCheck();

    GateCheckTest() {
        check.access = access;
    }

    @Test
    void anOperationThatNeverPassedTheGateIsStopped() throws Exception {
        UndeclaredOperationException stopped = assertThrows(UndeclaredOperationException.class,
                () -> check.check(invocation("readsBehindTheGatesBack", () -> "a student's needs")));
        assertEquals("GateCheckTest.readsBehindTheGatesBack declared no action to the gate", stopped.getMessage());
    }

    @Test
    void anOperationThatPassedTheGateRuns() throws Exception {
        assertEquals("allowed", check.check(invocation("declared", () -> {
            access.passed();
            return "allowed";
        })));
    }

    @Test
    void theGateRunsNoWorkWithoutADeclaration() {
        AtomicBoolean ran = new AtomicBoolean();
        assertThrows(UndeclaredOperationException.class, () -> new Gate().run(null, act -> ran.getAndSet(true)));
        assertFalse(ran.get());
    }

    @Test
    void operationsRunTogetherAreAuditedOnceTheOutermostIsDone() {
        AuditEntry needs = AuditEntry.of(AuditAction.VIEW_NEEDS, "Need", null, 1L);
        AuditEntry offers = AuditEntry.of(AuditAction.VIEW_OFFERS, "StudentOffer", null, 1L);
        assertFalse(access.hold(List.of(needs)), "alone, an operation is audited at once");

        access.holdAudit();
        access.holdAudit();
        assertTrue(access.hold(List.of(needs)));
        assertEquals(List.of(), access.releaseAudit(), "the inner run writes nothing yet");
        assertTrue(access.hold(List.of(offers)));
        assertEquals(List.of(needs, offers), access.releaseAudit(), "the outermost writes all of them");
        assertFalse(access.hold(List.of(needs)), "and afterwards nothing is held");
    }

    private InvocationContext invocation(String name, Callable<Object> body) throws NoSuchMethodException {
        Method method = GateCheckTest.class.getDeclaredMethod(name);
        return (InvocationContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {InvocationContext.class}, (proxy, called, args) -> switch (called.getName()) {
                    case "proceed" -> body.call();
                    case "getMethod" -> method;
                    default -> throw new UnsupportedOperationException(called.getName());
                });
    }

    // the operations the invocations above stand for
    @SuppressWarnings("unused")
    private void readsBehindTheGatesBack() {
    }

    @SuppressWarnings("unused")
    private void declared() {
    }
}
