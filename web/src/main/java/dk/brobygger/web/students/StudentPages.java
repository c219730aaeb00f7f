package dk.brobygger.web.students;

import dk.brobygger.web.layout.Messages;

/**
 * What the pages of one student's use cases (status, assignments, period, case) share: the way back to the
 * student's page after an action. Each page reads the student with StudentService.viewFor and the action it is
 * for, so that the gate refuses (and audits) a reader who may not do it.
 */
final class StudentPages {

    private StudentPages() {
    }

    /**
     * After an action: on success the confirmation on the student's page, by redirect (so reloading does not
     * repeat the action); on failure the same page with the messages and the details read again behind it.
     */
    static void after(boolean succeeded, String confirmation, long studentId, Runnable reload) {
        if (succeeded) {
            Messages.done(confirmation, "/students/view.xhtml?id=" + studentId);
        } else {
            reload.run();
        }
    }
}
