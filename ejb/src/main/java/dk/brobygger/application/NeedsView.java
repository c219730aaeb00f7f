package dk.brobygger.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A student's needs as the reader may see them now.
 *
 * @param everything   the student or their contact person: every need, whole
 * @param needs        the needs seen
 * @param sharedUntil  for a recipient of consents: the day each consent in force ends (nothing else about them)
 */
public record NeedsView(boolean everything, List<NeedLine> needs, List<LocalDate> sharedUntil)
        implements Serializable {
}
