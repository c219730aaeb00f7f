package dk.brobygger.application;

import dk.brobygger.domain.student.Programme;
import dk.brobygger.domain.student.SchoolSite;
import dk.brobygger.domain.student.Student;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The students file a school's administrative system exports (the format is described in docs/student-import.md),
 * as CSV or, through the API, as JSON: read line by line, with every problem named by line and column, before
 * anything is stored.
 */
public final class StudentFile {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 10_000;

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE);

    /** How the file is written: CSV with a header line, or a JSON array of objects (docs/api.md). */
    public enum Format { CSV, JSON }

    /**
     * The columns, by the header each has in a CSV file and the property in a JSON one. Optional columns may be
     * left out of the file.
     */
    public enum Column {
        STUDENT_NUMBER("elevnummer", "studentNumber", true), FIRST_NAME("fornavn", "firstName", true),
        LAST_NAME("efternavn", "lastName", true), BIRTH_DATE("fødselsdato", "birthDate", true),
        GENDER("køn", "gender", false), PROGRAMME("uddannelse", "programme", true), SITE("skole", "site", true),
        TEAM("hold", "team", true), START_DATE("startdato", "startDate", true);

        private final String header;
        private final String property;
        private final boolean required;

        Column(String header, String property, boolean required) {
            this.header = header;
            this.property = property;
            this.required = required;
        }

        public String header() {
            return header;
        }

        public String property() {
            return property;
        }
    }

    /** What is wrong, as a message key with its arguments; the column is null for a whole line or the file. */
    public record Problem(Column column, String messageKey, List<Object> arguments) implements Serializable {

        static Problem of(Column column, String messageKey, Object... arguments) {
            return new Problem(column, messageKey, List.of(arguments));
        }
    }

    /** One line of students: the student it describes, or what is wrong with it. */
    public record Row(int line, String studentNumber, String name, StudentForm student, List<Problem> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** The whole file: problems with the file itself, and its rows. {@code columns} are those the file has. */
    public record Content(List<Problem> fileProblems, List<Column> columns, List<Row> rows) {
    }

    private StudentFile() {
    }

    /** Reads the file; {@code today} is the day birth dates must lie before. */
    public static Content read(byte[] bytes, Format format, LocalDate today) {
        if (bytes.length > MAX_BYTES) {
            return failed(Problem.of(null, "import.file.tooLarge", MAX_BYTES / (1024 * 1024)));
        }
        return format == Format.JSON ? readJson(bytes, today) : readCsv(bytes, today);
    }

    private static Content readCsv(byte[] bytes, LocalDate today) {
        String[] lines = Csv.decode(bytes).split("\r\n|\n|\r", -1);
        if (lines.length == 0 || lines[0].isBlank()) {
            return failed(Problem.of(null, "import.file.empty"));
        }
        char separator = lines[0].indexOf(';') >= 0 ? ';' : ',';
        Map<Column, Integer> positions = new EnumMap<>(Column.class);
        List<Problem> problems = new ArrayList<>();
        List<String> header = Csv.split(lines[0], separator).orElse(List.of()).stream()
                .map(h -> h.toLowerCase(Locale.ROOT)).toList();
        for (Column column : Column.values()) {
            int position = header.indexOf(column.header);
            if (position >= 0) {
                positions.put(column, position);
            } else if (column.required) {
                problems.add(Problem.of(null, "import.header.missing", column.header));
            }
        }
        if (!problems.isEmpty()) {
            return failed(problems.toArray(Problem[]::new));
        }
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> numbers = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            if (rows.size() == MAX_ROWS) {
                return failed(Problem.of(null, "import.file.tooManyRows", MAX_ROWS));
            }
            Row row = row(i + 1, lines[i], separator, header.size(), positions, today);
            rows.add(unique(row, Column.STUDENT_NUMBER, row.studentNumber(), numbers));
        }
        return content(List.copyOf(positions.keySet()), rows);
    }

    private static Content content(List<Column> columns, List<Row> rows) {
        if (rows.isEmpty()) {
            return failed(Problem.of(null, "import.file.noRows"));
        }
        return new Content(List.of(), columns, rows);
    }

    /**
     * A JSON array with one object per student, whose properties are the columns' (line n is the array's n-th
     * object). As in a CSV file, a column one student has is a column of the whole file: a student without it has
     * it empty.
     */
    private static Content readJson(byte[] bytes, LocalDate today) {
        JsonArray array;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(bytes))) {
            array = reader.readArray();
        } catch (JsonException | IllegalStateException notAnArray) {
            return failed(Problem.of(null, "import.file.json"));
        }
        if (array.size() > MAX_ROWS) {
            return failed(Problem.of(null, "import.file.tooManyRows", MAX_ROWS));
        }
        Set<Column> columns = new LinkedHashSet<>();
        for (Column column : Column.values()) {
            if (column.required || array.stream().anyMatch(v -> v instanceof JsonObject o
                    && o.containsKey(column.property))) {
                columns.add(column);
            }
        }
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> numbers = new HashMap<>();
        for (int i = 0; i < array.size(); i++) {
            Row row = jsonRow(i + 1, array.get(i), today);
            rows.add(unique(row, Column.STUDENT_NUMBER, row.studentNumber(), numbers));
        }
        return content(List.copyOf(columns), rows);
    }

    /**
     * One student written as JSON, checked by the file's rules (the API's create and update): the details, or every
     * problem with them.
     */
    public static Row student(JsonValue value, LocalDate today) {
        return jsonRow(1, value, today);
    }

    private static Row jsonRow(int line, JsonValue value, LocalDate today) {
        if (!(value instanceof JsonObject student)) {
            return new Row(line, null, null, null, List.of(Problem.of(null, "import.line.notObject")));
        }
        Map<Column, String> values = new EnumMap<>(Column.class);
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, JsonValue> property : student.entrySet()) {
            Optional<Column> column = Arrays.stream(Column.values())
                    .filter(c -> c.property.equals(property.getKey())).findFirst();
            if (column.isEmpty()) {
                problems.add(Problem.of(null, "import.line.unknownProperty", property.getKey()));
            } else if (property.getValue() instanceof JsonString text) {
                values.put(column.get(), text.getString().strip());
            } else if (property.getValue() != JsonValue.NULL) {
                problems.add(Problem.of(column.get(), "import.value.notText"));
            }
        }
        Row row = validated(line, values, today);
        if (problems.isEmpty()) {
            return row;
        }
        problems.addAll(row.problems());
        return new Row(line, row.studentNumber(), row.name(), null, List.copyOf(problems));
    }

    private static Content failed(Problem... problems) {
        return new Content(List.of(problems), List.of(), List.of());
    }

    private static Row row(int line, String text, char separator, int headerSize, Map<Column, Integer> positions,
                           LocalDate today) {
        Optional<List<String>> split = Csv.split(text, separator);
        if (split.isEmpty()) {
            return new Row(line, null, null, null, List.of(Problem.of(null, "import.line.quote")));
        }
        List<String> fields = split.get();
        if (fields.size() != headerSize) {
            return new Row(line, null, null, null,
                    List.of(Problem.of(null, "import.line.fieldCount", fields.size(), headerSize)));
        }
        Map<Column, String> values = new EnumMap<>(Column.class);
        positions.forEach((column, position) -> values.put(column, fields.get(position)));
        return validated(line, values, today);
    }

    /** A line's values checked: the student they describe, or every problem with them. */
    private static Row validated(int line, Map<Column, String> values, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        String number = text(values, Column.STUDENT_NUMBER, problems, Integer.MAX_VALUE);
        if (number != null) {
            number = number.toUpperCase(Locale.ROOT);
            if (!number.matches(Student.NUMBER_PATTERN)) {
                problems.add(Problem.of(Column.STUDENT_NUMBER, "import.value.studentNumber"));
            }
        }
        String firstName = text(values, Column.FIRST_NAME, problems, Student.NAME_MAX);
        String lastName = text(values, Column.LAST_NAME, problems, Student.NAME_MAX);
        LocalDate birthDate = date(values, Column.BIRTH_DATE, problems);
        String gender = text(values, Column.GENDER, problems, Student.GENDER_MAX);
        Programme programme = choice(values, Column.PROGRAMME, problems, Arrays.stream(Programme.values())
                .filter(p -> p.name().equalsIgnoreCase(values.get(Column.PROGRAMME))).findFirst(),
                "SSH, SSA, PA");
        SchoolSite site = choice(values, Column.SITE, problems, Arrays.stream(SchoolSite.values())
                .filter(s -> s.name().equalsIgnoreCase(values.get(Column.SITE))
                        || s.displayName().equalsIgnoreCase(values.get(Column.SITE))).findFirst(),
                String.join(", ", Arrays.stream(SchoolSite.values()).map(SchoolSite::displayName).toList()));
        String team = text(values, Column.TEAM, problems, Student.TEAM_MAX);
        LocalDate startDate = date(values, Column.START_DATE, problems);
        if (birthDate != null && !birthDate.isBefore(today)) {
            problems.add(Problem.of(Column.BIRTH_DATE, "import.value.birthDate"));
        }
        if (birthDate != null && startDate != null && !startDate.isAfter(birthDate)) {
            problems.add(Problem.of(Column.START_DATE, "import.value.startDate"));
        }
        String name = firstName == null && lastName == null ? null
                : ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        StudentForm student = problems.isEmpty() ? new StudentForm(number, firstName, lastName, birthDate, gender,
                programme, site, team, startDate) : null;
        return new Row(line, number, name, student, List.copyOf(problems));
    }

    /** The row, with a problem added if an earlier line of the file has the same value in this column. */
    private static Row unique(Row row, Column column, String value, Map<String, Integer> seen) {
        if (value == null) {
            return row;
        }
        Integer earlier = seen.putIfAbsent(value.toLowerCase(Locale.ROOT), row.line());
        if (earlier == null) {
            return row;
        }
        List<Problem> problems = new ArrayList<>(row.problems());
        problems.add(Problem.of(column, "import.value.repeated", earlier));
        return new Row(row.line(), row.studentNumber(), row.name(), null, List.copyOf(problems));
    }

    /** A text value: null when empty (a problem if the column is required), a problem when too long. */
    private static String text(Map<Column, String> values, Column column, List<Problem> problems, int max) {
        String value = values.get(column);
        if (value == null || value.isEmpty()) {
            if (column.required) {
                problems.add(Problem.of(column, "import.value.required"));
            }
            return null;
        }
        if (value.length() > max) {
            problems.add(Problem.of(column, "import.value.tooLong", max));
        }
        return value;
    }

    private static LocalDate date(Map<Column, String> values, Column column, List<Problem> problems) {
        String value = text(values, column, problems, 10);
        if (value == null) {
            return null;
        }
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        problems.add(Problem.of(column, "import.value.date", value));
        return null;
    }

    private static <T> T choice(Map<Column, String> values, Column column, List<Problem> problems, Optional<T> match,
                                String allowed) {
        String value = text(values, column, problems, Integer.MAX_VALUE);
        if (value == null) {
            return null;
        }
        if (match.isEmpty()) {
            problems.add(Problem.of(column, "import.value.choice", value, allowed));
        }
        return match.orElse(null);
    }
}
