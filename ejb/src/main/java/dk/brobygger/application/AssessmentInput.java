package dk.brobygger.application;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * One side of a conversation's assessment as written: the supervisor's (the day, each goal's mark and comment by
 * goal id, the summary) or the student's (each goal's mark, their own summary; the day and comments unused), and
 * whether the writer confirms that the conversation took place.
 */
public record AssessmentInput(LocalDate heldOn, Map<Long, Boolean> onLevel, Map<Long, String> comments, String summary,
                              boolean confirm) {

    public AssessmentInput {
        // a goal not yet marked is there with null
        onLevel = Collections.unmodifiableMap(new HashMap<>(onLevel));
        comments = Collections.unmodifiableMap(new HashMap<>(comments));
    }
}
