package dk.brobygger.application;

import dk.brobygger.application.ImportPreview.Line;
import dk.brobygger.application.ImportPreview.Outcome;
import dk.brobygger.application.StudentFile.Column;
import dk.brobygger.application.StudentFile.Problem;
import dk.brobygger.domain.access.Role;
import dk.brobygger.domain.audit.AuditAction;
import dk.brobygger.domain.audit.AuditEntry;
import dk.brobygger.domain.student.Student;
import dk.brobygger.domain.student.Students;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Imports students from the school's administrative system: a preview first, then all lines or none. A student
 * is known by their student number, so importing the same file again changes nothing; the columns a file has
 * are the ones it may change.
 */
@Stateless
@Gated
@RolesAllowed({Role.EDUCATION_LEADER_NAME, Role.INTEGRATION_IMPORT_NAME})
public class StudentImportService {

    private static final String RECORD = "StudentImport";

    @Inject
    private Students students;

    @Inject
    private Gate gate;

    @Inject
    private Clock clock;

    /** What importing the file would do; stores nothing. */
    public ImportPreview preview(byte[] file, StudentFile.Format format) {
        return gate.run(AuditEntry.of(AuditAction.IMPORT, RECORD, null, null), act -> {
            Checked checked = check(file, format);
            act.detail("preview: " + summary(checked.preview()));
            return checked.preview();
        });
    }

    /**
     * Imports the file when every line is valid (checked again now, against the students as they are now);
     * otherwise nothing is stored and the person is told to look at the preview.
     */
    public ImportPreview importFile(byte[] file, StudentFile.Format format) {
        return gate.run(AuditEntry.of(AuditAction.IMPORT, RECORD, null, null), act -> {
            Checked checked = check(file, format);
            if (!checked.preview().valid()) {
                throw new InvalidInputException(null, "import.invalid");
            }
            for (StudentFile.Row row : checked.content().rows()) {
                Student known = checked.known().get(row.studentNumber());
                if (known == null) {
                    Student student = row.student().newStudent();
                    students.add(student);
                    act.also(AuditEntry.of(AuditAction.CREATE, StudentService.RECORD, student.getId(),
                            student.getId()).withDetail("import"));
                    continue;
                }
                StudentForm form = asStored(row.student(), known, checked.content().columns());
                List<Column> changes = changes(known, form);
                if (!changes.isEmpty()) {
                    form.applyTo(known);
                    act.also(AuditEntry.of(AuditAction.EDIT, StudentService.RECORD, known.getId(), known.getId())
                            .withDetail("import: " + changes));
                }
            }
            act.detail("imported: " + summary(checked.preview()));
            return checked.preview();
        });
    }

    private record Checked(StudentFile.Content content, Map<String, Student> known, ImportPreview preview) {
    }

    private Checked check(byte[] file, StudentFile.Format format) {
        StudentFile.Content content = StudentFile.read(file, format, LocalDate.now(clock));
        List<StudentFile.Row> valid = content.rows().stream().filter(StudentFile.Row::valid).toList();
        Map<String, Student> known = students.byNumbers(valid.stream().map(StudentFile.Row::studentNumber).toList())
                .stream().collect(Collectors.toMap(Student::getStudentNumber, Function.identity()));
        List<Line> lines = new ArrayList<>();
        for (StudentFile.Row row : content.rows()) {
            lines.add(line(row, known.get(row.studentNumber()), content.columns()));
        }
        return new Checked(content, known, new ImportPreview(content.fileProblems(), lines));
    }

    private static Line line(StudentFile.Row row, Student known, List<Column> columns) {
        if (!row.valid()) {
            return new Line(row.line(), row.studentNumber(), row.name(), Outcome.INVALID, List.of(), row.problems());
        }
        if (known == null) {
            return new Line(row.line(), row.studentNumber(), row.name(), Outcome.NEW, List.of(), List.of());
        }
        List<Column> changes = changes(known, asStored(row.student(), known, columns));
        return new Line(row.line(), row.studentNumber(), row.name(),
                changes.isEmpty() ? Outcome.UNCHANGED : Outcome.CHANGED, changes, List.of());
    }

    /** The line's details for a known student: an optional column the file leaves out keeps its stored value. */
    private static StudentForm asStored(StudentForm f, Student known, List<Column> columns) {
        return new StudentForm(f.studentNumber(), f.firstName(), f.lastName(), f.birthDate(),
                columns.contains(Column.GENDER) ? f.gender() : known.getGender(), f.programme(), f.site(), f.team(),
                f.startDate());
    }

    /** The columns whose values differ from the student's stored details. */
    private static List<Column> changes(Student s, StudentForm f) {
        Map<Column, Boolean> differs = Map.of(
                Column.STUDENT_NUMBER, false,
                Column.FIRST_NAME, !s.getFirstName().equals(f.firstName()),
                Column.LAST_NAME, !s.getLastName().equals(f.lastName()),
                Column.BIRTH_DATE, !s.getBirthDate().equals(f.birthDate()),
                Column.GENDER, !Objects.equals(s.getGender(), f.gender()),
                Column.PROGRAMME, s.getProgramme() != f.programme(),
                Column.SITE, s.getSite() != f.site(),
                Column.TEAM, !s.getTeam().equals(f.team()),
                Column.START_DATE, !s.getStartDate().equals(f.startDate()));
        return Arrays.stream(Column.values()).filter(differs::get).toList();
    }

    private static String summary(ImportPreview preview) {
        return preview.fileProblems().isEmpty()
                ? "new " + preview.count(Outcome.NEW) + ", changed " + preview.count(Outcome.CHANGED)
                        + ", unchanged " + preview.count(Outcome.UNCHANGED) + ", invalid " + preview.count(Outcome.INVALID)
                : "file refused: " + preview.fileProblems().stream().map(Problem::messageKey).toList();
    }
}
