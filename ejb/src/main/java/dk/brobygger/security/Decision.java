package dk.brobygger.security;

import dk.brobygger.domain.access.StudentView;
/** The policy's answer: allowed with a view, or refused with a reason for the audit trail. */
public record Decision(boolean allowed, StudentView view, String reason) {

    static Decision allow(StudentView view) {
        return new Decision(true, view, null);
    }

    static Decision allow() {
        return new Decision(true, null, null);
    }

    static Decision deny(String reason) {
        return new Decision(false, null, reason);
    }
}
