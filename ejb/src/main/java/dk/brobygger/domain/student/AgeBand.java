package dk.brobygger.domain.student;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/** The age bands of the analysis. */
public enum AgeBand {
    UNDER_20("16-19"), FROM_20_TO_24("20-24"), FROM_25_TO_29("25-29"), FROM_30("30+");

    private final String label;

    AgeBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The band of someone born on {@code birthDate}, on {@code day}. */
    public static AgeBand of(LocalDate birthDate, LocalDate day) {
        Objects.requireNonNull(birthDate, "Birth date is required");
        int age = Period.between(birthDate, day).getYears();
        if (age < 20) {
            return UNDER_20;
        } else if (age < 25) {
            return FROM_20_TO_24;
        } else if (age < 30) {
            return FROM_25_TO_29;
        }
        return FROM_30;
    }
}
