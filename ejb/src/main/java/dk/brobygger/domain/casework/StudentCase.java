package dk.brobygger.domain.casework;

import dk.brobygger.domain.student.Student;
import dk.brobygger.domain.StoredRecord;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** The case of a student with special needs: opened and closed by a contact person, with a dated journal. */
@Entity
@Table(name = "student_case")
public class StudentCase extends StoredRecord {

    /** The longest reason for closing that the column holds. */
    public static final int CLOSE_REASON_MAX = 500;

    @ManyToOne(optional = false)
    @JoinColumn(name = "student_id")
    private Student student;

    @Column(name = "opened_by", nullable = false)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "close_reason")
    private String closeReason;

    @OneToMany(mappedBy = "studentCase", cascade = CascadeType.PERSIST)
    @OrderBy("entryDate DESC, id DESC")
    private List<JournalEntry> journal = new ArrayList<>();

    @Version
    private long version;

    protected StudentCase() {
        // for JPA
    }

    public StudentCase(Student student, String openedBy, Instant openedAt) {
        this.student = Objects.requireNonNull(student, "Student is required");
        this.openedBy = Objects.requireNonNull(openedBy, "Who opened it is required");
        this.openedAt = Objects.requireNonNull(openedAt, "When it was opened is required");
    }

    public JournalEntry addEntry(LocalDate date, String text, String author, Instant at) {
        if (!isOpen()) {
            throw new IllegalStateException("The case is closed; open a new case to write in it");
        }
        JournalEntry entry = new JournalEntry(this, date, text, author, at);
        journal.add(0, entry);
        return entry;
    }

    public void close(String reason, String by, Instant at) {
        if (!isOpen()) {
            throw new IllegalStateException("The case is already closed");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Closing a case needs a reason");
        }
        this.closeReason = reason.strip();
        this.closedBy = Objects.requireNonNull(by);
        this.closedAt = Objects.requireNonNull(at);
    }

    public boolean isOpen() {
        return closedAt == null;
    }

    public Student getStudent() {
        return student;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getCloseReason() {
        return closeReason;
    }

    public List<JournalEntry> getJournal() {
        return Collections.unmodifiableList(journal);
    }

    public long getVersion() {
        return version;
    }
}
