package dk.brobygger.domain.casework;

/** The stored cases and their journals (a student's open case is read through {@code Students.openCase}). */
public interface Cases {

    void add(StudentCase studentCase);

    /** A new entry in a case's journal. */
    void addEntry(JournalEntry entry);
}
