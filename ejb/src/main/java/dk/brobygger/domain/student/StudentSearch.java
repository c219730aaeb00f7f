package dk.brobygger.domain.student;

import java.time.LocalDate;

/**
 * A page of a student list: its scope for one person on one day, a free-text filter on name or student number,
 * an optional programme and status, and the window.
 */
public record StudentSearch(StudentScope scope, Long profileId, LocalDate day, String text, Programme programme,
                            StudentStatus status, int first, int size) {

    public StudentSearch {
        if (size < 1 || size > 200) {
            throw new IllegalArgumentException("A page has 1 to 200 rows: " + size);
        }
        if (first < 0) {
            throw new IllegalArgumentException("The first row cannot be negative: " + first);
        }
        text = text == null || text.isBlank() ? null : text.strip();
    }
}
