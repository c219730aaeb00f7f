package dk.brobygger.application;

import dk.brobygger.domain.audit.AuditAction;
import dk.brobygger.domain.audit.AuditEntry;
import dk.brobygger.domain.audit.SeenNeed;
import dk.brobygger.domain.consent.ConsentLevel;
import dk.brobygger.domain.need.Need;
import dk.brobygger.domain.need.NeedCategory;
import dk.brobygger.domain.need.Needs;
import dk.brobygger.domain.offer.Helped;
import dk.brobygger.domain.offer.OfferStatus;
import dk.brobygger.domain.offer.StudentOffer;
import dk.brobygger.domain.offer.StudentOffers;
import dk.brobygger.domain.offer.SupportOffer;
import dk.brobygger.domain.offer.SupportOffers;
import dk.brobygger.domain.student.Student;
import dk.brobygger.domain.student.Students;
import dk.brobygger.security.ConsentPolicy;
import dk.brobygger.domain.access.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Support offers for a student: proposed by the contact person (the catalogue suggests those that answer the
 * student's needs), accepted or declined by the student, run and completed with an outcome by the contact person.
 * A supervisor or mentor sees an offer only while a consent in force shares a need it is linked to with them.
 */
@Stateless
@Gated
@RolesAllowed({Role.CONTACT_PERSON_NAME, Role.STUDENT_NAME, Role.TRAINING_SUPERVISOR_NAME, Role.MENTOR_NAME,
    Role.EDUCATION_LEADER_NAME, Role.DATA_PROTECTION_OFFICER_NAME})
public class OfferService {

    static final String RECORD = "StudentOffer";

    /** What a supervisor or mentor may see of an offer: not proposals, nor what was declined or cancelled. */
    private static final Set<OfferStatus> SEEN_BY_RECIPIENTS =
            EnumSet.of(OfferStatus.AGREED, OfferStatus.ACTIVE, OfferStatus.COMPLETED);

    @Inject
    private Gate gate;

    @Inject
    private ConsentsInForce consents;

    @Inject
    private CatalogueService catalogue;

    @Inject
    private Clock clock;

    @Inject
    private StudentOffers studentOffers;

    @Inject
    private SupportOffers supportOffers;

    @Inject
    private Needs needs;

    @Inject
    private Students students;

    /** The student's offers as the caller may see them now: all for the student and contact person. */
    public List<OfferLine> offers(long studentId) {
        return gate.run(AuditEntry.of(AuditAction.VIEW_OFFERS, RECORD, null, studentId), act -> {
            List<StudentOffer> all = studentOffers.of(studentId);
            ConsentPolicy.Shared shared = consents.shared(act.caller(), act.relationship(), studentId);
            List<OfferLine> lines;
            if (shared.everything()) {
                lines = all.stream().map(OfferLine::whole).toList();
            } else {
                lines = all.stream().filter(o -> SEEN_BY_RECIPIENTS.contains(o.getStatus()))
                        .filter(o -> shared.sharesAll(o.getNeeds()))
                        .map(o -> OfferLine.shared(o, o.getNeeds().stream()
                                .map(Need::getCategory).sorted().distinct().toList())).toList();
            }
            act.detail(lines.isEmpty() ? "-"
                    : lines.stream().map(l -> l.code() + " " + l.status()).collect(Collectors.joining(";")))
                    .organisation(shared.placements());
            return lines;
        });
    }

    /** What the contact person can propose to the student, the offers answering the student's needs first. */
    public ProposalChoices choices(long studentId) {
        return gate.run(AuditEntry.of(AuditAction.VIEW_NEEDS, NeedService.RECORD, null, studentId), act -> {
            act.require(AuditAction.PROPOSE_OFFER);
            Student student = students.byId(studentId).orElseThrow();
            List<Need> active = needs.activeOf(studentId);
            Set<NeedCategory> categories = active.stream().map(Need::getCategory).collect(Collectors.toSet());
            Set<Long> underWay = new HashSet<>(studentOffers.offerIdsUnderWay(studentId));
            List<CatalogueLine> free = catalogue.active().stream()
                    .filter(l -> !underWay.contains(l.offer().getId())).toList();
            Map<Boolean, List<CatalogueLine>> split = free.stream().collect(Collectors.partitioningBy(
                    l -> !Collections.disjoint(l.offer().getTargets(), categories)));
            List<CatalogueLine> suggested = split.get(true).stream()
                    .sorted(Comparator.comparingLong((CatalogueLine l) -> -matches(l.offer(), categories))).toList();
            act.saw(active.stream().map(n -> new SeenNeed(n.getId(), n.getCategory(), ConsentLevel.FULL)).toList())
                    .detail("to link an offer");
            return new ProposalChoices(student.getFullName(), suggested, split.get(false), active.stream()
                    .map(n -> new ProposalChoices.NeedChoice(n.getId(), n.getCategory(), n.getDescription())).toList());
        });
    }

    private static long matches(SupportOffer offer, Set<NeedCategory> categories) {
        return offer.getTargets().stream().filter(categories::contains).count();
    }

    /** Proposes an active offer, linked to some of the student's needs, that the student does not already have. */
    public long propose(long studentId, long offerId, Set<Long> needIds, String note) {
        return gate.run(AuditEntry.of(AuditAction.PROPOSE_OFFER, RECORD, null, studentId), act -> {
            Student student = students.byId(studentId).orElseThrow();
            SupportOffer offer = supportOffers.byId(offerId).orElse(null);
            if (offer == null || !offer.isActive()) {
                throw new InvalidInputException("offer", "offer.notActive");
            }
            if (studentOffers.underWay(studentId, offerId)) {
                throw new InvalidInputException("offer", "offer.alreadyUnderWay");
            }
            Set<Need> linked = needs.activeOf(studentId).stream().filter(n -> needIds.contains(n.getId()))
                    .collect(Collectors.toSet());
            if (linked.size() != needIds.size()) {
                throw new InvalidInputException("needs", "offer.needs.unknown");
            }
            checkNote(note);
            StudentOffer proposed = new StudentOffer(student, offer, linked, act.caller().username(), clock.instant(),
                    note);
            studentOffers.add(proposed);
            act.record(proposed.getId()).detail("proposed " + offer.getCode());
            return proposed.getId();
        });
    }

    /** One offer with its history, for the student or their contact person. */
    public OfferDetails details(long studentOfferId) {
        return gate.run(AuditEntry.of(AuditAction.VIEW_OFFERS, RECORD, studentOfferId, null), existing(studentOfferId),
                o -> o.getStudent().getId(), (act, offer) -> {
                    long studentId = offer.getStudent().getId();
                    boolean contact = act.allows(AuditAction.MANAGE_OFFER);
                    if (!contact && !act.allows(AuditAction.ANSWER_OFFER)) {
                        throw act.refuse("an offer's history is for the student and their contact person");
                    }
                    act.detail(offer.getOffer().getCode() + " " + offer.getStatus());
                    Set<OfferStatus> next = contact ? offer.getStatus().next()
                            : offer.getStatus() == OfferStatus.PROPOSED
                            ? EnumSet.of(OfferStatus.AGREED, OfferStatus.DECLINED) : Set.of();
                    return new OfferDetails(studentId, offer.getStudent().getFullName(), OfferLine.whole(offer),
                            offer.getEvents().stream().map(e -> new OfferDetails.Event(e.getStatus(), e.getAt(),
                                    e.getBy(), e.getNote())).toList(), next, contact);
                });
    }

    /**
     * Moves an offer on. The student answers a proposal (agreed or declined); the contact person makes any change
     * the status allows, with a note when they agree or decline on the student's behalf or cancel, and an outcome
     * and whether it helped when it is completed. Refused with the conflict message if it changed since
     * {@code version}.
     */
    public void move(long studentOfferId, long version, OfferStatus next, String note, String outcome,
                     Helped helped) {
        // an answer (agreed or declined) is the student's own; any other move is the contact person's: which one
        // the policy tells from the caller's relationship to the student
        gate.run(AuditEntry.of(AuditAction.VIEW_OFFERS, RECORD, studentOfferId, null), existing(studentOfferId),
                o -> o.getStudent().getId(), (act, offer) -> {
                    boolean answer = (next == OfferStatus.AGREED || next == OfferStatus.DECLINED)
                            && act.allows(AuditAction.ANSWER_OFFER);
                    act.doing(answer ? AuditAction.ANSWER_OFFER : AuditAction.MANAGE_OFFER);
                    // the status first: after someone else's change, saying what no longer fits helps more than a
                    // conflict
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
                    offer.moveTo(next, clock.instant(), act.caller().username(), note, outcome, helped);
                    act.detail(offer.getOffer().getCode() + " " + next);
                    return offer;
                });
    }

    private void checkRoom(SupportOffer offer) {
        Integer capacity = offer.getCapacity();
        if (capacity != null && studentOffers.placesTaken(List.of(offer.getId())).getOrDefault(offer.getId(), 0L)
                >= capacity) {
            throw new InvalidInputException(null, "offer.full", capacity);
        }
    }

    private static void checkNote(String note) {
        if (note != null && note.length() > StudentOffer.NOTE_MAX) {
            throw new InvalidInputException("note", "offer.note.tooLong", StudentOffer.NOTE_MAX);
        }
    }

    private Optional<StudentOffer> existing(long studentOfferId) {
        return studentOffers.byId(studentOfferId);
    }

}
