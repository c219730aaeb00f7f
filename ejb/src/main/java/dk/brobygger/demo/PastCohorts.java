package dk.brobygger.demo;

import dk.brobygger.domain.student.Programme;
import dk.brobygger.domain.student.SchoolSite;
import dk.brobygger.domain.student.Student;
import dk.brobygger.domain.student.StudentStatus;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.Random;

/**
 * The demo school's earlier students, for the dropout report (docs/reports.md): a cohort of each programme in each
 * of the last five start years, with dropout within three months about as the school's analysis quotes
 * uddannelsesstatistik.dk (PA a few percent, SSH about one in ten, SSA about one in six), some dropout after that,
 * and the rest completed once their programme's length has passed.
 */
final class PastCohorts {

    private static final String BY = "demo-data";
    private static final int YEARS = 5;

    /** Students per cohort, the share who drop out within three months, and how long the programme takes. */
    private record Shape(int students, double dropout, Period length) {
    }

    private static final Map<Programme, Shape> SHAPES = Map.of(
            Programme.PA, new Shape(45, 0.05, Period.ofMonths(30)),
            Programme.SSA, new Shape(85, 0.15, Period.ofMonths(33)),
            Programme.SSH, new Shape(65, 0.11, Period.ofMonths(14)));

    private PastCohorts() {
    }

    static void add(EntityManager em, Random random, LocalDate today, Instant now, String[] first, String[] last) {
        int number = 0;
        for (int year = today.getYear() - YEARS; year < today.getYear(); year++) {
            for (Programme programme : new Programme[] {Programme.PA, Programme.SSA, Programme.SSH}) {
                Shape shape = SHAPES.get(programme);
                for (int i = 0; i < shape.students(); i++) {
                    LocalDate start = LocalDate.of(year, i % 3 == 0 ? 1 : 8, i % 3 == 0 ? 15 : 1);
                    Student s = new Student(String.format("H%02d%04d", year % 100, number++),
                            first[random.nextInt(first.length)], last[random.nextInt(last.length)],
                            start.minusYears(18 + random.nextInt(20)).minusDays(random.nextInt(365)),
                            i % 2 == 0 ? "Kvinde" : "Mand", programme, SchoolSite.values()[i % 4],
                            programme + "-" + (year % 100) + (char) ('A' + i % 2), start);
                    em.persist(s);
                    double draw = random.nextDouble();
                    // the yearly rate moves a little around the programme's
                    double dropout = shape.dropout() * (0.7 + 0.6 * ((year * 7 + programme.ordinal()) % 5) / 4.0);
                    if (draw < dropout) {
                        s.changeStatus(draw < dropout * 0.4 ? StudentStatus.DROPPED_WITH_REENROLMENT
                                : StudentStatus.DROPPED_WITHOUT_REENROLMENT, start.plusDays(10 + random.nextInt(80)),
                                "Stoppede i de første måneder", BY, now);
                    } else if (draw < dropout + 0.08 && start.plusMonths(14).isBefore(today)) {
                        s.changeStatus(StudentStatus.DROPPED_WITHOUT_REENROLMENT,
                                start.plusMonths(4 + random.nextInt(10)), "Stoppede undervejs", BY, now);
                    } else if (!start.plus(shape.length()).isAfter(today)) {
                        s.changeStatus(StudentStatus.COMPLETED, start.plus(shape.length()), "Uddannelsen er fuldført",
                                BY, now);
                    }
                }
            }
        }
    }
}
