package dk.brobygger.domain.privacy;

/**
 * What the retention schedule erases together (docs/data-protection.md): needs, consents and mentor session
 * summaries; the case and its journal; the whole record, which takes the other two with it and leaves the student
 * anonymous.
 */
public enum ErasureCategory {
    NEEDS, CASE, RECORD
}
