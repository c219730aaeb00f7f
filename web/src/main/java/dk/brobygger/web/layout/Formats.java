package dk.brobygger.web.layout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates and times as the pages show them: Danish style, in Danish time. */
@Named
@ApplicationScoped
public class Formats {

    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm").withZone(DANISH_TIME);
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm:ss")
            .withZone(DANISH_TIME);
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy");

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /** To the second, as the audit trail is read. */
    public String second(Instant instant) {
        return instant == null ? "" : SECOND.format(instant);
    }

    public String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }
}
