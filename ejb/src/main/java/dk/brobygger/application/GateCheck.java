package dk.brobygger.application;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Stops an operation of a {@link Gated} service that returned without passing the gate: it declared nothing, so
 * it was neither checked nor audited. The exception rolls its transaction back, so nothing it did is kept and
 * nothing it read reaches the caller.
 */
@Gated
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class GateCheck {

    @Inject
    RequestAccess access;

    @AroundInvoke
    public Object check(InvocationContext invocation) throws Exception {
        int before = access.passes();
        Object result = invocation.proceed();
        if (access.passes() == before) {
            throw new UndeclaredOperationException(invocation.getMethod().getDeclaringClass().getSimpleName() + "."
                    + invocation.getMethod().getName() + " declared no action to the gate");
        }
        return result;
    }
}
