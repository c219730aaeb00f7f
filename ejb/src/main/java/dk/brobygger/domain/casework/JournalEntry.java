package dk.brobygger.domain.casework;

import dk.brobygger.domain.StoredRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** A dated note in a case's journal. Written once, never changed. */
@Entity
@Table(name = "journal_entry")
public class JournalEntry extends StoredRecord {

    /** The longest entry taken: a journal note, not a document. */
    public static final int TEXT_MAX = 10_000;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id")
    private StudentCase studentCase;

    @Column(name = "entry_date", nullable = false)
    private LocalDate entryDate;

    @Column(nullable = false)
    private String text;

    @Column(nullable = false)
    private String author;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected JournalEntry() {
        // for JPA
    }

    JournalEntry(StudentCase studentCase, LocalDate entryDate, String text, String author, Instant writtenAt) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A journal entry needs a text");
        }
        this.studentCase = studentCase;
        this.entryDate = Objects.requireNonNull(entryDate, "Date is required");
        this.text = text.strip();
        this.author = Objects.requireNonNull(author);
        this.writtenAt = Objects.requireNonNull(writtenAt);
    }

    public LocalDate getEntryDate() {
        return entryDate;
    }

    public String getText() {
        return text;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
