package dk.brobygger.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The education leader finds each report from their start page, narrows it to a team and years and downloads it
 * as an Excel file; on the dropout report they read the table, the chart and the chart's figures
 * (docs/reports.md). Every page passes the accessibility check as it opens.
 */
@ExtendWith(ArquillianExtension.class)
class ReportBrowserIT {

    private static final String TEAM = "B-" + UUID.randomUUID().toString().substring(0, 8);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void theLeaderFiltersTheDropoutReportAndDownloadsItAsExcel() throws Exception {
        LocalDate start = LocalDate.of(2023, 9, 1);
        for (int i = 0; i < 7; i++) {
            TestRecords.student("SSA", "BROENDBY", TEAM, start);
        }
        TestRecords.statusChange(TestRecords.student("SSA", "BROENDBY", TEAM, start), "DROPPED_WITHOUT_REENROLMENT",
                LocalDate.of(2023, 10, 2));

        try (Browser leader = Browser.open()) {
            leader.signIn("ul.christensen", "leader/");
            leader.click(By.id("reports"));
            leader.waitForText("Frafald tre måneder efter start");
            assertTrue(leader.pageText().contains("Sådan er tallene opgjort"), "the definition is on the page");

            leader.select(By.id("filters:site"), "Brøndby");
            leader.select(By.id("filters:team"), TEAM);
            leader.select(By.id("filters:fromYear"), "2023");
            leader.select(By.id("filters:toYear"), "2023");
            leader.click(By.id("filters:show"));
            leader.waitForText("Team: " + TEAM);

            // 8 students, 1 dropped out: the 1 and what would give it away are hidden
            assertEquals("Social- og sundhedsassistent 2023 8 <5 0,0 % (0) <5 <5",
                    leader.text(By.cssSelector("#dropout tbody tr")));
            assertEquals("Social- og sundhedsassistent <5", leader.text(By.cssSelector("#chart-figures tbody tr")));
            leader.waitFor(By.cssSelector("#chart canvas[role='img']"));

            leader.click(By.id("download:xlsx"));
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                    leader.downloaded("frafald-", ".xlsx")))) {
                Sheet sheet = workbook.getSheetAt(0);
                DataFormatter format = new DataFormatter();
                assertEquals("Frafald tre måneder efter start", format.formatCellValue(sheet.getRow(0).getCell(0)));
                assertEquals("Uddannelse", format.formatCellValue(sheet.getRow(3).getCell(0)));
                assertEquals("<5", format.formatCellValue(sheet.getRow(4).getCell(7)));
            }

            // the other reports, each from the start page, narrowed to the same students, downloaded whole
            for (String[] report : new String[][] {{"offer-report", "Indsatser: brug, udbytte og overgange",
                "indsatser-", "Brug"}, {"mentoring-report", "Mentorordningen", "mentorordning-", "Samtaler"},
                {"coverage-report", "Samtykkedækning", "samtykkedaekning-", "Samtykkedækning"}}) {
                leader.get(TestStack.APPLICATION_URL + "leader/");
                leader.click(By.id(report[0]));
                leader.waitForText(report[1]);
                leader.select(By.id("filters:team"), TEAM);
                leader.select(By.id("filters:fromYear"), "2023");
                leader.select(By.id("filters:toYear"), "2023");
                leader.click(By.id("filters:show"));
                leader.waitForText("Team: " + TEAM);
                leader.click(By.id("download:xlsx"));
                try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                        leader.downloaded(report[2], ".xlsx")))) {
                    assertEquals(report[3], workbook.getSheetAt(0).getSheetName(), report[0]);
                }
            }
        }
    }
}
