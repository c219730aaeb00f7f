package dk.brobygger.domain.audit;

/** What was done, or tried. */
public enum AuditAction {
    LIST, VIEW, CREATE, EDIT, CHANGE_STATUS, ASSIGN, END_ASSIGNMENT, IMPORT, OPEN_CASE, CLOSE_CASE, READ_JOURNAL,
    WRITE_JOURNAL, MANAGE_PLACEMENTS, REGISTER_PERIOD, READ_AUDIT
}
