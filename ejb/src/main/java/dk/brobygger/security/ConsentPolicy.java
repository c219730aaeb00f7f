package dk.brobygger.security;

import static dk.brobygger.domain.access.Role.CONTACT_PERSON;
import static dk.brobygger.domain.access.Role.MENTOR;
import static dk.brobygger.domain.access.Role.STUDENT;
import static dk.brobygger.domain.access.Role.TRAINING_SUPERVISOR;

import dk.brobygger.domain.access.Caller;
import dk.brobygger.domain.access.Relationship;
import dk.brobygger.domain.consent.Consent;
import dk.brobygger.domain.consent.ConsentLevel;
import dk.brobygger.domain.need.Need;
import dk.brobygger.domain.need.NeedRevision;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which of a student's needs a caller sees, and how much of each (docs/consent.md): all of them for
 * the student and their current contact person; for a supervisor or mentor exactly what the consents in force
 * today share with them, at the level shared; nothing for anyone else. Decided from the consents as they are
 * at the moment of the request, never remembered.
 */
public final class ConsentPolicy {

    private ConsentPolicy() {
    }

    /** What the caller sees: everything, or the needs (as consented to) with their level, and through which. */
    public record Shared(boolean everything, Map<NeedRevision, ConsentLevel> needs, List<Consent> through) {

        static final Shared NOTHING = new Shared(false, Map.of(), List.of());


        /**
         * Whether every one of these needs is shared: an offer linked to them is shown to a supervisor or mentor only
         * then, for the offer's name and description tell its target group (docs/consent.md).
         */
        public boolean sharesAll(Collection<Need> linked) {
            Set<Need> shared = needs.keySet().stream().map(NeedRevision::getNeed).collect(Collectors.toSet());
            return !linked.isEmpty() && shared.containsAll(linked);
        }

        /** The placements shared with, for the audit trail's "where"; null when none (a mentor, or nothing). */
        public String placements() {
            String names = through.stream().filter(c -> c.getPeriod() != null)
                    .map(c -> c.getPeriod().getPlacement().getName()).distinct().collect(Collectors.joining(", "));
            return names.isEmpty() ? null : names;
        }
    }

    /**
     * Whether the consents matter for this caller: only a supervisor or mentor of the student sees needs through
     * them (the student and their contact person see everything, anyone else nothing).
     */
    public static boolean throughConsents(Caller caller, Relationship relationship) {
        return !seesEverything(caller, relationship) && recipient(caller, relationship);
    }

    private static boolean seesEverything(Caller caller, Relationship relationship) {
        return caller.has(CONTACT_PERSON) && relationship.contactPerson() || caller.has(STUDENT) && relationship.self();
    }

    private static boolean recipient(Caller caller, Relationship relationship) {
        return caller.has(TRAINING_SUPERVISOR) && relationship.supervisor() || caller.has(MENTOR) && relationship.mentor();
    }

    public static Shared shared(Caller caller, Relationship relationship, List<Consent> consents, LocalDate today) {
        if (seesEverything(caller, relationship)) {
            return new Shared(true, Map.of(), List.of());
        }
        if (!recipient(caller, relationship)) {
            return Shared.NOTHING;
        }
        List<Consent> through = consents.stream()
                .filter(c -> c.sharesWith(caller.profileId(), today))
                .filter(c -> c.getPeriod() != null ? caller.has(TRAINING_SUPERVISOR) : caller.has(MENTOR))
                .toList();
        Map<NeedRevision, ConsentLevel> needs = new LinkedHashMap<>();
        for (Consent consent : through) {
            for (NeedRevision need : consent.getNeeds()) {
                needs.merge(need, consent.getLevel(), (a, b) -> a == ConsentLevel.FULL ? a : b);
            }
        }
        return new Shared(false, needs, through);
    }
}
