package dk.brobygger.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.brobygger.application.StudentFile.Column;
import dk.brobygger.application.StudentFile.Format;
import dk.brobygger.application.StudentFile.Problem;
import dk.brobygger.domain.student.Programme;
import dk.brobygger.domain.student.SchoolSite;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StudentFileTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String HEADER = "Elevnummer;Fornavn;Efternavn;Fødselsdato;Køn;Uddannelse;Skole;Hold;Startdato;"
            + "Brugernavn\n";

    private static StudentFile.Content read(String text) {
        return StudentFile.read(text.getBytes(StandardCharsets.UTF_8), Format.CSV, TODAY);
    }

    @Test
    void aValidLineBecomesAStudentAndAUsernameColumnLinksNothing() {
        StudentFile.Content content = read(HEADER + "s250101;Åse;Sørensen;03-05-2006;K;SSA;Herlev;SSA-25A;"
                + "02-01-2025;elev.soerensen\n");

        assertTrue(content.fileProblems().isEmpty());
        StudentFile.Row row = content.rows().get(0);
        assertEquals(List.of(), row.problems());
        assertEquals(2, row.line());
        assertEquals(new StudentForm("S250101", "Åse", "Sørensen", LocalDate.of(2006, 5, 3), "K", Programme.SSA,
                SchoolSite.HERLEV, "SSA-25A", LocalDate.of(2025, 1, 2)), row.student());
        assertEquals(List.of(Column.values()), content.columns(),
                "the username column of earlier versions is ignored: a leader links the account");
    }

    @Test
    void columnsAreFoundByTheirHeadersInAnyOrderAndOptionalOnesMayBeLeftOut() {
        StudentFile.Content content = read("hold,startdato,elevnummer,fornavn,efternavn,fødselsdato,uddannelse,skole,"
                + "ekstra kolonne\nPA-1,2025-08-11,P250001,Ib,Holm,2001-12-24,pa,BROENDBY,ignoreres\n");

        StudentFile.Row row = content.rows().get(0);
        assertEquals(List.of(), row.problems());
        assertEquals(SchoolSite.BROENDBY, row.student().site());
        assertNull(row.student().gender());
        assertTrue(!content.columns().contains(Column.GENDER));
    }

    @Test
    void quotedFieldsMayHoldTheSeparatorAndQuotesAndOnlyRealDatesAreRead() {
        StudentFile.Row row = read(HEADER + "S250102;\"Anna; \"\"Anne\"\"\";Berg;1.2.2000;;SSH;Nord;H1;31-02-2024;\n")
                .rows().get(0);

        assertEquals(List.of(Problem.of(Column.START_DATE, "import.value.date", "31-02-2024")), row.problems());
        assertEquals("Anna; \"Anne\" Berg", row.name());
    }

    @Test
    void everyProblemOfALineIsNamedWithItsColumn() {
        StudentFile.Row row = read(HEADER + "12;;Berg;24-12-2030;;SOSU;Aarhus;H1;01-01-2020;\n").rows().get(0);

        assertNull(row.student());
        assertEquals(List.of(Problem.of(Column.STUDENT_NUMBER, "import.value.studentNumber"),
                Problem.of(Column.FIRST_NAME, "import.value.required"),
                Problem.of(Column.PROGRAMME, "import.value.choice", "SOSU", "SSH, SSA, PA"),
                Problem.of(Column.SITE, "import.value.choice", "Aarhus", "Skelbækgade, Brøndby, Herlev, Nord"),
                Problem.of(Column.BIRTH_DATE, "import.value.birthDate"),
                Problem.of(Column.START_DATE, "import.value.startDate")), row.problems());
    }

    @Test
    void aStudentNumberTwiceInTheFileIsAProblemOnTheLaterLine() {
        StudentFile.Content content = read(HEADER
                + "S250103;Bo;Lund;01-01-2000;;SSH;Nord;H1;01-08-2024;bo\n"
                + "\n"
                + "s250103;Bo;Lund;01-01-2000;;SSH;Nord;H1;01-08-2024;BO\n");

        assertTrue(content.rows().get(0).valid());
        assertEquals(List.of(Problem.of(Column.STUDENT_NUMBER, "import.value.repeated", 2)),
                content.rows().get(1).problems());
        assertEquals(4, content.rows().get(1).line(), "lines are counted as in the file, blank ones too");
    }

    @Test
    void aLineWithTooFewFieldsOrAnOpenQuoteIsOneProblem() {
        StudentFile.Content content = read(HEADER + "S250104;Bo\nS250105;\"Bo;Lund;01-01-2000;;SSH;Nord;H1;"
                + "01-08-2024;\n");

        assertEquals(List.of(Problem.of(null, "import.line.fieldCount", 2, 10)), content.rows().get(0).problems());
        assertEquals(List.of(Problem.of(null, "import.line.quote")), content.rows().get(1).problems());
    }

    @Test
    void aFileWithoutTheRequiredHeadersOrRowsIsRefusedAsAWhole() {
        assertEquals(List.of(Problem.of(null, "import.header.missing", "fødselsdato"),
                Problem.of(null, "import.header.missing", "startdato")),
                read("elevnummer;fornavn;efternavn;uddannelse;skole;hold\n").fileProblems());
        assertEquals(List.of(Problem.of(null, "import.file.noRows")), read(HEADER + "\n\n").fileProblems());
        assertEquals(List.of(Problem.of(null, "import.file.empty")), read("").fileProblems());
    }

    @Test
    void excelsWindowsEncodingAndAByteOrderMarkAreRead() {
        String line = "S250106;Søren;Ærø;01-01-2000;;SSH;Skelbækgade;H1;01-08-2024;\n";
        StudentFile.Content windows = StudentFile.read((HEADER + line).getBytes(Charset.forName("windows-1252")),
                Format.CSV, TODAY);
        StudentFile.Content bom = read("\uFEFF" + HEADER + line);

        assertEquals("Søren Ærø", windows.rows().get(0).name());
        assertEquals(SchoolSite.SKELBAEKGADE, windows.rows().get(0).student().site());
        assertTrue(bom.rows().get(0).valid(), bom.rows().get(0).problems().toString());
    }

    @Test
    void aTooLargeFileIsRefusedBeforeItIsRead() {
        assertEquals(List.of(Problem.of(null, "import.file.tooLarge", 5)),
                StudentFile.read(new byte[StudentFile.MAX_BYTES + 1], Format.CSV, TODAY).fileProblems());
    }

    private static StudentFile.Content json(String text) {
        return StudentFile.read(text.getBytes(StandardCharsets.UTF_8), Format.JSON, TODAY);
    }

    @Test
    void aJsonArrayOfStudentsIsReadAsTheCsvLinesAreAndAColumnOneStudentHasIsTheFilesColumn() {
        StudentFile.Content content = json("""
                [{"studentNumber": "s250201", "firstName": "Åse", "lastName": "Sørensen", "birthDate": "2006-05-03",
                  "programme": "SSA", "site": "Herlev", "team": "SSA-25A", "startDate": "02-01-2025"},
                 {"studentNumber": "S250202", "firstName": "Bo", "lastName": "Berg", "birthDate": "2005-01-01",
                  "gender": "M", "programme": "SSH", "site": "Herlev", "team": "H1", "startDate": "2025-01-02"}]
                """);

        assertEquals(List.of(), content.fileProblems());
        assertEquals("S250201", content.rows().get(0).student().studentNumber());
        assertEquals(Programme.SSA, content.rows().get(0).student().programme());
        assertEquals(LocalDate.of(2006, 5, 3), content.rows().get(0).student().birthDate());
        assertNull(content.rows().get(0).student().gender(), "a student without a column has it empty");
        assertTrue(content.columns().contains(Column.GENDER), content.columns().toString());
        assertEquals("M", content.rows().get(1).student().gender());
    }

    @Test
    void jsonWithWrongTypesUnknownOrMissingPropertiesIsRefusedLineByLine() {
        StudentFile.Content content = json("""
                [{"studentNumber": 250201, "firstName": "Åse", "lastName": "Sørensen", "birthDate": "2006-05-03",
                  "programme": "SSA", "site": "Herlev", "team": "SSA-25A", "startDate": "2025-01-02", "cpr": "x"},
                 "S250202"]
                """);

        assertEquals(List.of(Problem.of(Column.STUDENT_NUMBER, "import.value.notText"),
                Problem.of(null, "import.line.unknownProperty", "cpr"),
                Problem.of(Column.STUDENT_NUMBER, "import.value.required")), content.rows().get(0).problems());
        assertEquals(List.of(Problem.of(null, "import.line.notObject")), content.rows().get(1).problems());
        assertEquals(List.of(Problem.of(null, "import.file.json")), json("{\"students\": [").fileProblems());
        assertEquals(List.of(Problem.of(null, "import.file.json")), json("{}").fileProblems());
        assertEquals(List.of(Problem.of(null, "import.file.noRows")), json("[]").fileProblems());
    }
}
