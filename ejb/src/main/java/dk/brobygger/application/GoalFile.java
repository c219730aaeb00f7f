package dk.brobygger.application;

import dk.brobygger.domain.plan.GoalLevel;
import dk.brobygger.domain.plan.GoalPeriod;
import dk.brobygger.domain.plan.TrainingGoal;
import dk.brobygger.domain.student.Programme;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A file of one version of a programme's training goals (docs/training-plan.md), as the education leader imports
 * it: semicolons, a header line, then one goal a line with the programme, the version, the goal's number, its title
 * and, per period, whether the goal is worked on in it: empty for not, "x" for yes, or the level expected
 * (begynder, rutineret, avanceret). Read whole: any problem is reported with its line, and then nothing is kept.
 */
public final class GoalFile {

    public static final String HEADER = "Uddannelse;Version;Nummer;Titel;Periode 1;Periode 2;Periode 3";
    public static final int MAX_BYTES = 1024 * 1024;
    private static final int PERIODS = 3;
    private static final int TITLE_MAX = 300;
    private static final int VERSION_MAX = 40;

    private GoalFile() {
    }

    /** A problem of the file, on its line (1 for the header), with the message key that explains it. */
    public record Problem(int line, String messageKey, List<Object> arguments) implements Serializable {
    }

    /** The goals read, of one programme and version, or the problems that keep them from being imported. */
    public record Content(Programme programme, String version, List<TrainingGoal> goals, List<Problem> problems) {

        public boolean valid() {
            return problems.isEmpty() && !goals.isEmpty();
        }
    }

    public static Content read(byte[] bytes) {
        String[] lines = Csv.decode(bytes).split("\r\n|\n|\r", -1);
        List<Problem> problems = new ArrayList<>();
        if (!lines[0].strip().equalsIgnoreCase(HEADER)) {
            problems.add(new Problem(1, "goals.file.header", List.of(HEADER)));
            return new Content(null, null, List.of(), problems);
        }
        Programme programme = null;
        String version = null;
        Set<Integer> numbers = new HashSet<>();
        List<TrainingGoal> goals = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int line = i + 1;
            if (lines[i].isBlank()) {
                continue;
            }
            Optional<List<String>> split = Csv.split(lines[i], ';');
            if (split.isEmpty() || split.get().size() != 4 + PERIODS) {
                problems.add(new Problem(line, "goals.file.columns", List.of(4 + PERIODS)));
                continue;
            }
            List<String> f = split.get();
            Optional<Programme> lineProgramme = named(Programme.class, f.get(0));
            if (lineProgramme.isEmpty()) {
                problems.add(new Problem(line, "goals.file.programme", List.of(f.get(0))));
                continue;
            }
            if (programme == null) {
                programme = lineProgramme.get();
                version = f.get(1);
            }
            if (lineProgramme.get() != programme || !f.get(1).equals(version)) {
                problems.add(new Problem(line, "goals.file.oneVersion", List.of()));
                continue;
            }
            if (version.isEmpty() || version.length() > VERSION_MAX) {
                problems.add(new Problem(line, "goals.file.version", List.of(VERSION_MAX)));
                continue;
            }
            Integer number = number(f.get(2));
            if (number == null || !numbers.add(number)) {
                problems.add(new Problem(line, "goals.file.number", List.of(f.get(2))));
                continue;
            }
            if (f.get(3).isEmpty() || f.get(3).length() > TITLE_MAX) {
                problems.add(new Problem(line, "goals.file.title", List.of(TITLE_MAX)));
                continue;
            }
            List<GoalPeriod> periods = new ArrayList<>();
            boolean periodsValid = true;
            for (int period = 1; period <= PERIODS; period++) {
                String cell = f.get(3 + period).toLowerCase(Locale.ROOT);
                Optional<GoalLevel> level = named(GoalLevel.class, cell);
                if (cell.equals("x") || level.isPresent()) {
                    periods.add(new GoalPeriod(period, level.orElse(null)));
                } else if (!cell.isEmpty()) {
                    periodsValid = false;
                }
            }
            if (!periodsValid || periods.isEmpty()) {
                problems.add(new Problem(line, "goals.file.periods", List.of()));
                continue;
            }
            goals.add(new TrainingGoal(programme, version, number, f.get(3), false, periods));
        }
        if (goals.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(1, "goals.file.empty", List.of()));
        }
        return new Content(programme, version, goals, problems);
    }

    /** The constant of {@code type} named {@code text}, in any case. */
    private static <E extends Enum<E>> Optional<E> named(Class<E> type, String text) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equalsIgnoreCase(text))
                .findFirst();
    }

    private static Integer number(String text) {
        try {
            int n = Integer.parseInt(text);
            return n > 0 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
