package dk.brobygger.application;

import dk.brobygger.domain.audit.AuditAction;
import dk.brobygger.domain.need.Need;
import dk.brobygger.domain.need.NeedCategory;
import dk.brobygger.domain.need.NeedStatus;
import dk.brobygger.domain.offer.Helped;
import dk.brobygger.domain.offer.OfferStatus;
import dk.brobygger.domain.offer.StudentOffer;
import dk.brobygger.domain.offer.SupportOffer;
import dk.brobygger.domain.student.Student;
import dk.brobygger.infrastructure.audit.AuditTrail;
import dk.brobygger.security.AccessGuard;
import dk.brobygger.security.Caller;
import dk.brobygger.security.ConsentPolicy;
import dk.brobygger.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Support offers for a student: proposed by the contact person (the catalogue suggests those that answer the
 * student's needs), accepted or declined by the student, run and completed with an outcome by the contact person.
 * A supervisor or mentor sees an offer only while a consent in force shares a need it is linked to with them.
 */
@Stateless
@RolesAllowed({Role.CONTACT_PERSON_NAME, Role.STUDENT_NAME, Role.TRAINING_SUPERVISOR_NAME, Role.MENTOR_NAME,
    Role.EDUCATION_LEADER_NAME, Role.DATA_PROTECTION_OFFICER_NAME})
public class OfferService {

    static final String RECORD = "StudentOffer";

    /** What a supervisor or mentor may see of an offer: not proposals, nor what was declined or cancelled. */
    private static final Set<OfferStatus> SEEN_BY_RECIPIENTS =
            EnumSet.of(OfferStatus.AGREED, OfferStatus.ACTIVE, OfferStatus.COMPLETED);

    @Inject
    private AccessGuard guard;

    @Inject
    private AuditTrail audit;

    @Inject
    private ConsentsInForce consents;

    @Inject
    private CatalogueService catalogue;

    @Inject
    private Clock clock;

    @PersistenceContext
    private EntityManager em;

    /** The student's offers as the caller may see them now: all for the student and contact person. */
    public List<OfferLine> offers(long studentId) {
        Caller caller = guard.caller();
        guard.existingStudent(caller, AuditAction.VIEW_OFFERS, RECORD, studentId);
        guard.require(caller, AuditAction.VIEW_OFFERS, RECORD, null, studentId);
        List<StudentOffer> all = em.createQuery("SELECT o FROM StudentOffer o JOIN FETCH o.offer"
                        + " WHERE o.student.id = :student ORDER BY o.id DESC", StudentOffer.class)
                .setParameter("student", studentId).getResultList();
        ConsentPolicy.Shared shared = consents.shared(caller, studentId);
        List<OfferLine> lines;
        if (shared.everything()) {
            lines = all.stream().map(OfferLine::whole).toList();
        } else {
            Set<Long> sharedNeeds = shared.needIds();
            lines = all.stream().filter(o -> SEEN_BY_RECIPIENTS.contains(o.getStatus()))
                    .map(o -> OfferLine.shared(o, o.getNeeds().stream().filter(n -> sharedNeeds.contains(n.getId()))
                            .map(Need::getCategory).sorted().distinct().toList()))
                    .filter(line -> !line.needs().isEmpty()).toList();
        }
        audit.allowed(caller, AuditAction.VIEW_OFFERS, RECORD, null, studentId, lines.isEmpty() ? "-"
                : lines.stream().map(l -> l.code() + " " + l.status()).collect(Collectors.joining(";")),
                shared.placements());
        return lines;
    }

    /** What the contact person can propose to the student, the offers answering the student's needs first. */
    public ProposalChoices choices(long studentId) {
        Caller caller = guard.caller();
        Student student = guard.existingStudent(caller, AuditAction.PROPOSE_OFFER, RECORD, studentId);
        guard.require(caller, AuditAction.PROPOSE_OFFER, RECORD, null, studentId);
        List<Need> needs = activeNeeds(studentId);
        Set<NeedCategory> categories = needs.stream().map(Need::getCategory).collect(Collectors.toSet());
        Set<Long> underWay = new HashSet<>(em.createQuery("SELECT o.offer.id FROM StudentOffer o"
                        + " WHERE o.student.id = :student AND o.status IN :open", Long.class)
                .setParameter("student", studentId).setParameter("open", openStatuses()).getResultList());
        List<CatalogueLine> free = catalogue.active().stream()
                .filter(l -> !underWay.contains(l.offer().getId())).toList();
        Map<Boolean, List<CatalogueLine>> split = free.stream().collect(Collectors.partitioningBy(
                l -> !Collections.disjoint(l.offer().getTargets(), categories)));
        List<CatalogueLine> suggested = split.get(true).stream()
                .sorted(Comparator.comparingLong((CatalogueLine l) -> -matches(l.offer(), categories))).toList();
        audit.allowed(caller, AuditAction.VIEW_NEEDS, NeedService.RECORD, null, studentId,
                "to link an offer: " + needs.stream().map(n -> n.getCategory().name()).collect(Collectors.joining(";")));
        return new ProposalChoices(student.getFullName(), suggested, split.get(false), needs.stream()
                .map(n -> new ProposalChoices.NeedChoice(n.getId(), n.getCategory(), n.getDescription())).toList());
    }

    private static long matches(SupportOffer offer, Set<NeedCategory> categories) {
        return offer.getTargets().stream().filter(categories::contains).count();
    }

    /** Proposes an active offer, linked to some of the student's needs, that the student does not already have. */
    public long propose(long studentId, long offerId, Set<Long> needIds, String note) {
        Caller caller = guard.caller();
        Student student = guard.existingStudent(caller, AuditAction.PROPOSE_OFFER, RECORD, studentId);
        guard.require(caller, AuditAction.PROPOSE_OFFER, RECORD, null, studentId);
        SupportOffer offer = em.find(SupportOffer.class, offerId);
        if (offer == null || !offer.isActive()) {
            throw new InvalidInputException("offer", "offer.notActive");
        }
        if (em.createQuery("SELECT COUNT(o) FROM StudentOffer o WHERE o.student.id = :student"
                        + " AND o.offer.id = :offer AND o.status IN :open", Long.class)
                .setParameter("student", studentId).setParameter("offer", offerId)
                .setParameter("open", openStatuses()).getSingleResult() > 0) {
            throw new InvalidInputException("offer", "offer.alreadyUnderWay");
        }
        Set<Need> needs = activeNeeds(studentId).stream().filter(n -> needIds.contains(n.getId()))
                .collect(Collectors.toSet());
        if (needs.size() != needIds.size()) {
            throw new InvalidInputException("needs", "offer.needs.unknown");
        }
        checkNote(note);
        StudentOffer proposed = new StudentOffer(student, offer, needs, caller.username(), clock.instant(), note);
        em.persist(proposed);
        audit.allowed(caller, AuditAction.PROPOSE_OFFER, RECORD, proposed.getId(), studentId,
                "proposed " + offer.getCode());
        return proposed.getId();
    }

    /** One offer with its history, for the student or their contact person. */
    public OfferDetails details(long studentOfferId) {
        Caller caller = guard.caller();
        StudentOffer offer = existing(caller, AuditAction.VIEW_OFFERS, studentOfferId);
        long studentId = offer.getStudent().getId();
        boolean contact = guard.allows(caller, AuditAction.MANAGE_OFFER, studentId);
        if (!contact && !guard.allows(caller, AuditAction.ANSWER_OFFER, studentId)) {
            throw guard.refuse(caller, AuditAction.VIEW_OFFERS, RECORD, studentOfferId, studentId,
                    "an offer's history is for the student and their contact person");
        }
        audit.allowed(caller, AuditAction.VIEW_OFFERS, RECORD, studentOfferId, studentId,
                offer.getOffer().getCode() + " " + offer.getStatus());
        Set<OfferStatus> next = contact ? offer.getStatus().next()
                : offer.getStatus() == OfferStatus.PROPOSED ? EnumSet.of(OfferStatus.AGREED, OfferStatus.DECLINED)
                : Set.of();
        return new OfferDetails(studentId, offer.getStudent().getFullName(), OfferLine.whole(offer),
                offer.getEvents().stream().map(e -> new OfferDetails.Event(e.getStatus(), e.getAt(), e.getBy(),
                        e.getNote())).toList(), next, contact);
    }

    /**
     * Moves an offer on. The student answers a proposal (agreed or declined); the contact person makes any change
     * the status allows, with a note when they agree or decline on the student's behalf or cancel, and an outcome
     * and whether it helped when it is completed. Refused with the conflict message if it changed since
     * {@code version}.
     */
    public void move(long studentOfferId, long version, OfferStatus next, String note, String outcome,
                     Helped helped) {
        Caller caller = guard.caller();
        StudentOffer offer = existing(caller, AuditAction.MANAGE_OFFER, studentOfferId);
        long studentId = offer.getStudent().getId();
        boolean answer = guard.allows(caller, AuditAction.ANSWER_OFFER, studentId)
                && (next == OfferStatus.AGREED || next == OfferStatus.DECLINED);
        AuditAction action = answer ? AuditAction.ANSWER_OFFER : AuditAction.MANAGE_OFFER;
        guard.require(caller, action, RECORD, studentOfferId, studentId);
        // the status first: after someone else's change, saying what no longer fits helps more than a conflict
        if (!offer.getStatus().canBecome(next)) {
            throw new InvalidInputException(null, offer.getStatus().next().isEmpty()
                    ? "offer.transition.closed" : "offer.transition.illegal");
        }
        if (offer.getVersion() != version) {
            throw new ConcurrentChangeException();
        }
        checkNote(note);
        boolean onBehalf = !answer && (next == OfferStatus.AGREED || next == OfferStatus.DECLINED);
        if ((onBehalf || next == OfferStatus.CANCELLED) && (note == null || note.isBlank())) {
            throw new InvalidInputException("note", onBehalf ? "offer.note.onBehalf" : "offer.note.cancel");
        }
        if (next == OfferStatus.COMPLETED) {
            if (outcome == null || outcome.isBlank()) {
                throw new InvalidInputException("outcome", "offer.outcome.required");
            }
            if (outcome.length() > StudentOffer.NOTE_MAX) {
                throw new InvalidInputException("outcome", "offer.note.tooLong", StudentOffer.NOTE_MAX);
            }
            if (helped == null) {
                throw new InvalidInputException("helped", "offer.helped.required");
            }
        }
        if (next == OfferStatus.AGREED) {
            checkRoom(offer.getOffer());
        }
        offer.moveTo(next, clock.instant(), caller.username(), note, outcome, helped);
        audit.allowed(caller, action, RECORD, studentOfferId, studentId, offer.getOffer().getCode() + " " + next);
    }

    private void checkRoom(SupportOffer offer) {
        Integer capacity = offer.getCapacity();
        if (capacity != null && catalogue.taken(List.of(offer.getId())).getOrDefault(offer.getId(), 0L) >= capacity) {
            throw new InvalidInputException(null, "offer.full", capacity);
        }
    }

    private static void checkNote(String note) {
        if (note != null && note.length() > StudentOffer.NOTE_MAX) {
            throw new InvalidInputException("note", "offer.note.tooLong", StudentOffer.NOTE_MAX);
        }
    }

    private List<Need> activeNeeds(long studentId) {
        return em.createQuery("SELECT n FROM Need n WHERE n.student.id = :student AND n.status = :active"
                        + " ORDER BY n.category, n.id", Need.class)
                .setParameter("student", studentId).setParameter("active", NeedStatus.ACTIVE).getResultList();
    }

    private static Set<OfferStatus> openStatuses() {
        return EnumSet.copyOf(EnumSet.allOf(OfferStatus.class).stream().filter(OfferStatus::open).toList());
    }

    private StudentOffer existing(Caller caller, AuditAction action, long studentOfferId) {
        StudentOffer offer = em.find(StudentOffer.class, studentOfferId);
        if (offer == null) {
            throw guard.refuse(caller, action, RECORD, studentOfferId, null, "no such offer");
        }
        return offer;
    }
}
