package dk.brobygger.application;

import dk.brobygger.application.StudentFile.Column;
import dk.brobygger.application.StudentFile.Problem;
import java.io.Serializable;
import java.util.List;

/** What importing a students file does, line by line: nothing is stored unless every line is valid. */
public record ImportPreview(List<Problem> fileProblems, List<Line> lines) implements Serializable {

    public enum Outcome { NEW, CHANGED, UNCHANGED, INVALID }

    /** One line of the file: a new student, changes to one already known (which columns), none, or problems. */
    public record Line(int line, String studentNumber, String name, Outcome outcome, List<Column> changes,
                       List<Problem> problems) implements Serializable {
    }

    public long count(Outcome outcome) {
        return lines.stream().filter(l -> l.outcome() == outcome).count();
    }

    /** Whether the file may be imported: it could be read, and no line has a problem. */
    public boolean valid() {
        return fileProblems.isEmpty() && count(Outcome.INVALID) == 0;
    }
}
