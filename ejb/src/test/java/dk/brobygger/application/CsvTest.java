package dk.brobygger.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a spreadsheet could take for a formula is written as text; separators and quotes are quoted. */
class CsvTest {

    @ParameterizedTest(name = "[{0}] is written [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "Solhaven                          | Solhaven",
        "`=HYPERLINK(\"http://x\",\"y\")`  | `\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"`",
        "=1+2                              | '=1+2",
        "+45 12 34 56 78                   | '+45 12 34 56 78",
        "-1                                | '-1",
        "@SUM(A1)                          | '@SUM(A1)",
        "Kim; Jensen                       | `\"Kim; Jensen\"`",
        "a-b                               | a-b",
    })
    void aCell(String value, String written) {
        assertEquals(written, Csv.cell(value));
    }

    @Test
    void aTabOrCarriageReturnFirstIsText() {
        assertEquals("'\t1", Csv.cell("\t1"));
        assertEquals("\"'\r1\"", Csv.cell("\r1"));
    }
}
