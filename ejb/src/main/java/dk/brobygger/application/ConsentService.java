package dk.brobygger.application;

import dk.brobygger.domain.assignment.Assignment;
import dk.brobygger.domain.assignment.Assignments;
import dk.brobygger.domain.audit.AuditAction;
import dk.brobygger.domain.audit.AuditEntry;
import dk.brobygger.domain.audit.SeenNeed;
import dk.brobygger.domain.consent.Consent;
import dk.brobygger.domain.consent.ConsentStatus;
import dk.brobygger.domain.consent.ConsentText;
import dk.brobygger.domain.consent.Consents;
import dk.brobygger.domain.consent.GivenHow;
import dk.brobygger.domain.need.Need;
import dk.brobygger.domain.need.NeedRevision;
import dk.brobygger.domain.need.Needs;
import dk.brobygger.domain.placement.PlacementPeriod;
import dk.brobygger.domain.placement.PlacementPeriods;
import dk.brobygger.domain.student.Student;
import dk.brobygger.domain.student.Students;
import dk.brobygger.domain.access.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Consents to share needs (docs/consent.md): the student gives, accepts, declines and withdraws them in
 * the application; the contact person proposes them, records one given on paper or by word of mouth, and
 * withdraws one on the student's request. Each of these is in the audit trail in the same transaction.
 */
@Stateless
@Gated
@RolesAllowed({Role.CONTACT_PERSON_NAME, Role.STUDENT_NAME, Role.TRAINING_SUPERVISOR_NAME, Role.MENTOR_NAME,
    Role.EDUCATION_LEADER_NAME, Role.DATA_PROTECTION_OFFICER_NAME})
public class ConsentService {

    static final String RECORD = "Consent";
    private static final DateTimeFormatter RECEIPT_TIME = DateTimeFormatter.ofPattern("dd-MM-uuuu HH:mm:ss")
            .withZone(ZoneId.of("Europe/Copenhagen"));

    @Inject
    private Gate gate;

    @Inject
    private ConsentExpiry expiry;

    @Inject
    private Clock clock;

    @Inject
    private Consents consents;

    @Inject
    private Needs needs;

    @Inject
    private Students students;

    @Inject
    private PlacementPeriods periods;

    @Inject
    private Assignments assignments;

    /** Someone a consent can be given to: the supervisors of a period not yet ended, or a mentor now. */
    public record Recipient(String key, String labelDa, String labelEn, LocalDate ends) implements Serializable {
    }

    /**
     * What the consent form offers this caller for this student: the recipients, and whether the caller gives
     * the consent themself (the student) or proposes or records it (the contact person).
     */
    public record Form(List<Recipient> recipients, boolean byStudent, boolean byContactPerson)
            implements Serializable {
    }

    public Form form(long studentId) {
        return gate.run(AuditEntry.of(AuditAction.READ_CONSENTS, RECORD, null, studentId), act ->
                new Form(openRecipients(studentId), act.allows(AuditAction.ANSWER_CONSENT),
                        act.allows(AuditAction.PROPOSE_CONSENT)));
    }

    /** The student's placement periods not yet ended and mentors in force: those a consent can name today. */
    private List<Recipient> openRecipients(long studentId) {
        LocalDate today = today();
        List<Recipient> recipients = new ArrayList<>();
        periods.notEndedOf(studentId, today)
                .forEach(p -> recipients.add(recipient("period:" + p.getId(), p, null, p.getEndDate())));
        assignments.currentMentorsOf(studentId, today)
                .forEach(a -> recipients.add(recipient("mentor:" + a.getId(), null, a, a.getValidTo())));
        return recipients;
    }

    private static Recipient recipient(String key, PlacementPeriod period, Assignment assignment, LocalDate ends) {
        return new Recipient(key, ConsentText.recipient(period, assignment, "da"),
                ConsentText.recipient(period, assignment, "en"), ends);
    }

    /** The text the student would consent to, exactly as it will be hashed, in the language of the page. */
    public ConsentText.Rendered text(ConsentDraft draft, String language) {
        return gate.run(AuditEntry.of(AuditAction.VIEW_NEEDS, RECORD, null, draft.studentId()), act -> {
            act.require(AuditAction.GIVE_CONSENT);
            Consent consent = draft(act, draft);
            act.saw(seen(consent));
            return ConsentText.render(consent, ConsentText.CURRENT_VERSION, language);
        });
    }

    /** The student gives a consent, having read the text whose hash is {@code shownHash}. */
    public long give(ConsentDraft draft, String language, String shownHash) {
        return gate.run(AuditEntry.of(AuditAction.GIVE_CONSENT, RECORD, null, draft.studentId()), act -> {
            act.require(AuditAction.ANSWER_CONSENT);
            Consent consent = draft(act, draft);
            consent.give(GivenHow.IN_APPLICATION, act.caller().username(), clock.instant(),
                    shown(consent, language, shownHash), null);
            consents.add(consent);
            act.record(consent.getId()).detail(describe(consent));
            return consent.getId();
        });
    }

    /** The contact person records a consent the student gave on paper or in a conversation ({@code how}). */
    public long record(ConsentDraft draft, String language, String shownHash, String how) {
        return gate.run(AuditEntry.of(AuditAction.GIVE_CONSENT, RECORD, null, draft.studentId()), act -> {
            act.require(AuditAction.PROPOSE_CONSENT);
            Consent consent = draft(act, draft);
            if (how == null || how.isBlank()) {
                throw new InvalidInputException("how", "consent.how.required");
            }
            consent.give(GivenHow.RECORDED_BY_CONTACT_PERSON, act.caller().username(), clock.instant(),
                    shown(consent, language, shownHash), how);
            consents.add(consent);
            act.record(consent.getId()).detail("recorded: " + describe(consent));
            return consent.getId();
        });
    }

    /** The contact person proposes a consent for the student to accept or decline. */
    public long propose(ConsentDraft draft) {
        return gate.run(AuditEntry.of(AuditAction.PROPOSE_CONSENT, RECORD, null, draft.studentId()), act -> {
            Consent consent = draft(act, draft);
            consents.add(consent);
            act.record(consent.getId()).detail(describe(consent));
            return consent.getId();
        });
    }

    /** One consent with its text: as agreed to when given, as it would read now when proposed or declined. */
    public record Details(ConsentLine consent, ConsentText.Rendered text, boolean mayAnswer, boolean mayWithdraw)
            implements Serializable {
    }

    public Details details(long consentId, String language) {
        return gate.run(AuditEntry.of(AuditAction.VIEW_NEEDS, RECORD, consentId, null), existing(consentId),
                c -> c.getStudent().getId(), (act, consent) -> {
                    act.require(AuditAction.READ_CONSENTS);
                    ConsentText.Rendered text = consent.getStatus() == ConsentStatus.GIVEN
                            ? ConsentText.render(consent, consent.getTextVersion(), consent.getTextLanguage())
                            : ConsentText.render(consent, ConsentText.CURRENT_VERSION, language);
                    act.saw(seen(consent));
                    LocalDate today = today();
                    return new Details(ConsentLine.of(consent, today), text,
                            consent.getStatus() == ConsentStatus.PROPOSED && act.allows(AuditAction.ANSWER_CONSENT),
                            consent.isActiveOn(today) && act.allows(AuditAction.WITHDRAW_CONSENT));
                });
    }

    /** The student accepts a proposal, having read the text whose hash is {@code shownHash}. */
    public void accept(long consentId, long version, String language, String shownHash) {
        gate.run(AuditEntry.of(AuditAction.GIVE_CONSENT, RECORD, consentId, null), existing(consentId),
                c -> c.getStudent().getId(), (act, consent) -> {
                    answerable(act, consent, version);
                    consent.give(GivenHow.IN_APPLICATION, act.caller().username(), clock.instant(),
                            shown(consent, language, shownHash), null);
                    act.detail("accepted: " + describe(consent));
                    return consent;
                });
    }

    public void decline(long consentId, long version) {
        gate.run(AuditEntry.of(AuditAction.ANSWER_CONSENT, RECORD, consentId, null), existing(consentId),
                c -> c.getStudent().getId(), (act, consent) -> {
                    answerable(act, consent, version);
                    consent.decline(clock.instant());
                    act.detail("declined");
                    return consent;
                });
    }

    /**
     * Withdraws a consent in force: by the student, or by the contact person on the student's request (with the
     * reason). The recipient's next request sees nothing of it.
     */
    public void withdraw(long consentId, long version, String reason) {
        gate.run(AuditEntry.of(AuditAction.WITHDRAW_CONSENT, RECORD, consentId, null), existing(consentId),
                c -> c.getStudent().getId(), (act, consent) -> {
                    if (consent.getVersion() != version) {
                        throw new ConcurrentChangeException();
                    }
                    boolean forTheStudent = !act.relationship().self();
                    if (forTheStudent && (reason == null || reason.isBlank())) {
                        throw new InvalidInputException("reason", "consent.reason.required");
                    }
                    if (!consent.isActiveOn(today())) {
                        throw new InvalidInputException(null, "consent.notActive");
                    }
                    consent.withdraw(act.caller().username(), clock.instant(), reason);
                    act.detail(forTheStudent ? "on the student's request: " + reason : "by the student");
                    return consent;
                });
    }

    /**
     * Every consent of the student, newest first: given, proposed, declined, withdrawn and ended ones. One that
     * has ended unnoticed is written to the audit trail as expired on the way.
     */
    public List<ConsentLine> history(long studentId) {
        return gate.run(AuditEntry.of(AuditAction.READ_CONSENTS, RECORD, null, studentId), act -> {
            LocalDate today = today();
            List<Consent> all = consents.historyOf(studentId);
            expiry.record(all);
            List<ConsentLine> lines = all.stream().map(c -> ConsentLine.of(c, today)).toList();
            act.detail(lines.size() + " consents");
            return lines;
        });
    }

    /**
     * A receipt of a given consent for the student: the text as agreed to (in the version and language shown),
     * how and when it was given, its checksum and whether the text still matches it, and any withdrawal.
     */
    public String receipt(long consentId, String language) {
        return gate.run(AuditEntry.of(AuditAction.READ_CONSENTS, RECORD, consentId, null), existing(consentId),
                c -> c.getStudent().getId(), (act, consent) -> {
                    if (consent.getStatus() != ConsentStatus.GIVEN) {
                        throw new InvalidInputException(null, "consent.receipt.notGiven");
                    }
                    ConsentText.Rendered text = ConsentText.render(consent, consent.getTextVersion(),
                            consent.getTextLanguage());
                    boolean matches = text.hash().equals(consent.getTextHash());
                    boolean da = !"en".equals(language);
                    StringBuilder receipt = new StringBuilder(text.text()).append("\n\n----\n")
                            .append(da ? "Givet: " : "Given: ").append(RECEIPT_TIME.format(consent.getGivenAt()))
                            .append(da ? " af " : " by ").append(consent.getGivenBy())
                            .append(consent.getGivenHow() == GivenHow.IN_APPLICATION
                                    ? (da ? " i Brobygger" : " in Brobygger")
                                    : (da ? ", registreret af kontaktpersonen: " : ", recorded by the contact person: ")
                                            + consent.getGivenNote())
                            .append('\n').append(da ? "Kontrolsum (SHA-256): " : "Checksum (SHA-256): ")
                            .append(consent.getTextHash()).append(matches
                                    ? (da ? " (stemmer med teksten)" : " (matches the text)")
                                    : (da ? " (STEMMER IKKE med teksten)" : " (DOES NOT match the text)"));
                    if (consent.getWithdrawnAt() != null) {
                        receipt.append('\n').append(da ? "Trukket tilbage: " : "Withdrawn: ")
                                .append(RECEIPT_TIME.format(consent.getWithdrawnAt()));
                    }
                    act.detail("receipt");
                    return receipt.append('\n').toString();
                });
    }


    /** A consent as the draft describes it, checked; the gate has checked the caller may act for the student. */
    private Consent draft(Scope act, ConsentDraft draft) {
        Student student = students.byId(draft.studentId()).orElseThrow();
        if (draft.needIds() == null || draft.needIds().isEmpty()) {
            throw new InvalidInputException("needs", "consent.needs.required");
        }
        Map<Long, Need> found = needs.byIds(draft.needIds()).stream().collect(Collectors.toMap(Need::getId, n -> n));
        List<NeedRevision> revisions = new ArrayList<>();
        for (Long needId : draft.needIds()) {
            Need need = found.get(needId);
            if (need == null || !need.getStudent().equals(student)) {
                throw act.record(needId).refuse("not the student's need");
            }
            revisions.add(need.current());
        }
        if (draft.level() == null) {
            throw new InvalidInputException("level", "consent.level.required");
        }
        if (draft.purpose() == null || draft.purpose().isBlank()) {
            throw new InvalidInputException("purpose", "consent.purpose.required");
        }
        Recipient chosen = openRecipients(draft.studentId()).stream().filter(r -> r.key().equals(draft.recipient()))
                .findFirst().orElseThrow(() -> new InvalidInputException("recipient", "consent.recipient.required"));
        LocalDate until = draft.validUntil() != null ? draft.validUntil() : chosen.ends();
        if (until == null) {
            throw new InvalidInputException("validUntil", "consent.until.required");
        }
        if (until.isBefore(today())) {
            throw new InvalidInputException("validUntil", "consent.until.past");
        }
        long recipientId = Long.parseLong(chosen.key().substring(chosen.key().indexOf(':') + 1));
        String by = act.caller().username();
        return chosen.key().startsWith("period:")
                ? new Consent(student, periods.byId(recipientId).orElseThrow(), null, revisions, draft.level(),
                        draft.purpose(), until, by, clock.instant())
                : new Consent(student, null, assignments.byId(recipientId).orElseThrow(), revisions, draft.level(),
                        draft.purpose(), until, by, clock.instant());
    }

    /** A proposal the caller, its student, may answer, as they saw it ({@code version}). */
    private static void answerable(Scope act, Consent consent, long version) {
        act.require(AuditAction.ANSWER_CONSENT);
        if (consent.getVersion() != version || consent.getStatus() != ConsentStatus.PROPOSED) {
            throw new ConcurrentChangeException();
        }
    }

    /** The text as rendered now, if it is the one the person was shown; otherwise they must read it again. */
    private static ConsentText.Rendered shown(Consent consent, String language, String shownHash) {
        ConsentText.Rendered text = ConsentText.render(consent, ConsentText.CURRENT_VERSION, language);
        if (!text.hash().equals(shownHash)) {
            throw new InvalidInputException(null, "consent.textChanged");
        }
        return text;
    }

    private Optional<Consent> existing(long consentId) {
        return consents.byId(consentId);
    }

    /** The needs a consent's text shows, at the consent's level, as the audit trail records what was seen. */
    private static List<SeenNeed> seen(Consent consent) {
        return consent.getNeeds().stream()
                .map(n -> new SeenNeed(n.getNeed().getId(), n.getCategory(), consent.getLevel())).toList();
    }

    private static String describe(Consent consent) {
        return consent.getLevel() + " of " + consent.getNeeds().stream().map(n -> n.getCategory().name()).toList()
                + " to " + (consent.getPeriod() != null ? "period " + consent.getPeriod().getId()
                : "mentor assignment " + consent.getAssignment().getId()) + " until " + consent.endsOn();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
