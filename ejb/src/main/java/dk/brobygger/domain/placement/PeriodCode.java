package dk.brobygger.domain.placement;

import java.util.Objects;

/** A placement period's code in the programme: 1a, 1b, 2, 3a, 3b, 3c and so on. */
public record PeriodCode(String code) {

    public PeriodCode {
        Objects.requireNonNull(code, "Period code is required");
        code = code.strip().toLowerCase(java.util.Locale.ROOT);
        if (!code.matches("[1-9][a-z]?")) {
            throw new IllegalArgumentException("A period code is a digit with an optional letter, like 1a: " + code);
        }
    }
}
