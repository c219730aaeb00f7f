package dk.brobygger.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One access to a student's needs, as the student reads it: when, in which role, from where (a placement, or
 * the school when null), and what was seen (categories with the level), or that it was refused.
 */
public record AccessLine(Instant when, String name, String roles, String organisation, boolean refused,
                         List<String> seen) implements Serializable {
}
