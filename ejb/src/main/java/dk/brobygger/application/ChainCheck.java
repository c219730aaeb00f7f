package dk.brobygger.application;

import java.io.Serializable;

/**
 * The result of checking the audit trail's hash chain.
 *
 * @param events    sealed events checked
 * @param brokenAt  the place in the chain of the first event that does not fit (null when intact)
 * @param eventId   that event's id, if it is still there
 * @param problem   CHANGED (its content no longer matches its hash), BROKEN_LINK (the event before it was
 *                  changed and given a new hash), MISSING (events before it are gone) or UNSEALED (events
 *                  left outside the chain for longer than the sealer takes); null when intact
 * @param lastHash  the newest event's hash: noted elsewhere, it lets a later check see that none were removed
 *                  from the end
 */
public record ChainCheck(long events, Long brokenAt, Long eventId, String problem, String lastHash)
        implements Serializable {

    public boolean intact() {
        return problem == null;
    }
}
