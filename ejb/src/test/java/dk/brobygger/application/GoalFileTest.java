package dk.brobygger.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.brobygger.domain.plan.GoalLevel;
import dk.brobygger.domain.plan.TrainingGoal;
import dk.brobygger.domain.student.Programme;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoalFileTest {

    private static GoalFile.Content read(String... lines) {
        return GoalFile.read(String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aFileIsOneVersionOfAProgrammesGoalsWithTheirPeriodsAndLevels() {
        GoalFile.Content content = read(GoalFile.HEADER, "SSA;2027;1;Sygepleje;begynder;Rutineret;avanceret",
                "ssa;2027;2;\"Medicin; dosering\";;x;", "");
        assertTrue(content.valid(), content.problems().toString());
        assertEquals(Programme.SSA, content.programme());
        assertEquals("2027", content.version());
        TrainingGoal first = content.goals().get(0);
        assertEquals(GoalLevel.RUTINERET, first.in(2).orElseThrow().getLevel());
        TrainingGoal second = content.goals().get(1);
        assertEquals("Medicin; dosering", second.getTitle());
        assertTrue(second.in(1).isEmpty() && second.in(2).isPresent() && second.in(3).isEmpty());
        assertFalse(second.isPlaceholder(), "an imported file is the school's own wording");
    }

    @Test
    void everyProblemIsNamedByItsLineAndNothingIsKept() {
        GoalFile.Content content = read(GoalFile.HEADER, "SSA;2027;1;Sygepleje;x;;",
                "SSX;2027;2;Ukendt;x;;", "SSA;2027;1;Dobbelt nummer;x;;", "SSA;2027;3;;x;;",
                "SSA;2027;4;Intet niveau;øvet;;", "SSA;2027;5;Ingen perioder;;;", "SSH;2027;6;Anden uddannelse;x;;",
                "SSA;2027;7;For få felter");
        assertFalse(content.valid());
        assertEquals(List.of(3, 4, 5, 6, 7, 8, 9), content.problems().stream().map(GoalFile.Problem::line).toList());
        assertEquals(List.of("goals.file.programme", "goals.file.number", "goals.file.title", "goals.file.periods",
                "goals.file.periods", "goals.file.oneVersion", "goals.file.columns"),
                content.problems().stream().map(GoalFile.Problem::messageKey).toList());
    }

    @Test
    void aFileWithoutItsHeaderOrGoalsIsRefused() {
        assertEquals("goals.file.header", read("Nummer;Titel", "1;Sygepleje").problems().get(0).messageKey());
        assertEquals("goals.file.empty", read(GoalFile.HEADER, "").problems().get(0).messageKey());
    }
}
