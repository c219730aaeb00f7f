package dk.brobygger.demo;

import dk.brobygger.application.TransitionTasks;
import dk.brobygger.domain.assignment.Assignment;
import dk.brobygger.domain.assignment.AssignmentKind;
import dk.brobygger.domain.assignment.MentorType;
import dk.brobygger.domain.casework.StudentCase;
import dk.brobygger.domain.consent.Consent;
import dk.brobygger.domain.consent.ConsentLevel;
import dk.brobygger.domain.consent.ConsentText;
import dk.brobygger.domain.consent.GivenHow;
import dk.brobygger.domain.mentoring.Cadence;
import dk.brobygger.domain.mentoring.ClusterBasis;
import dk.brobygger.domain.mentoring.Mentor;
import dk.brobygger.domain.mentoring.MentorCluster;
import dk.brobygger.domain.mentoring.MentorSession;
import dk.brobygger.domain.mentoring.SessionTopic;
import dk.brobygger.domain.need.Need;
import dk.brobygger.domain.need.NeedCategory;
import dk.brobygger.domain.need.NeedContent;
import dk.brobygger.domain.need.NeedSource;
import dk.brobygger.domain.need.NeedStatus;
import dk.brobygger.domain.offer.Helped;
import dk.brobygger.domain.offer.OfferStatus;
import dk.brobygger.domain.offer.StudentOffer;
import dk.brobygger.domain.offer.SupportOffer;
import dk.brobygger.domain.placement.PeriodCode;
import dk.brobygger.domain.placement.Placement;
import dk.brobygger.domain.placement.PlacementPeriod;
import dk.brobygger.domain.placement.PlacementSize;
import dk.brobygger.domain.placement.PlacementType;
import dk.brobygger.domain.placement.Speciality;
import dk.brobygger.domain.profile.UserProfile;
import dk.brobygger.domain.student.Programme;
import dk.brobygger.domain.student.SchoolSite;
import dk.brobygger.domain.student.Student;
import dk.brobygger.domain.student.StudentStatus;
import dk.brobygger.domain.task.Task;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A believable school for the run command (only when {@code brobygger.demo-data} is true, and only into an
 * empty database): about 200 students over SSH, SSA and PA at four sites, 20 placements, placement periods,
 * contact persons and mentors, and open cases, around today's date so that every demo user meets a real screen;
 * and the cohorts of the last five start years for the reports ({@link PastCohorts}).
 * The names are invented; the data is the same at every first start.
 */
@Singleton
@Startup
@DependsOn("SchemaCheck")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    private static final String BY = "demo-data";

    private static final String[] FIRST = {"Sara", "Mohammad", "Emma", "Fatima", "Mads", "Ida", "Yusuf", "Freja",
        "Ahmed", "Laura", "Noah", "Amalie", "Ali", "Sofie", "Lucas", "Maja", "Omar", "Clara", "Victor", "Leila",
        "Mathilde", "Emil", "Zainab", "Anne", "Kasper", "Mette", "Hassan", "Julie", "Jonas", "Nadia"};
    private static final String[] LAST = {"Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen",
        "Larsen", "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen",
        "Hussein", "Ahmadi", "Yilmaz", "Khan", "Møller", "Poulsen", "Johansen", "Karimi", "Mortensen", "Holm"};
    private static final String[] AREAS = {"Amager", "Nørrebro", "Valby", "Brønshøj", "Østerbro", "Vesterbro",
        "Bispebjerg", "Sundby", "Brøndby", "Herlev"};

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private TransitionTasks transitionTasks;

    @Inject
    @ConfigProperty(name = "brobygger.demo-data", defaultValue = "false")
    private boolean enabled;

    @PostConstruct
    void load() {
        if (!enabled || em.createQuery("SELECT COUNT(s) FROM Student s", Long.class).getSingleResult() > 0) {
            return;
        }
        Random random = new Random(20261123L);
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();

        UserProfile karen = person("kp.hansen", "Karen Hansen");
        UserProfile lars = person("kp.jensen", "Lars Jensen");
        UserProfile anne = person("ov.nielsen", "Anne Nielsen");
        UserProfile jonas = person("ov.pedersen", "Jonas Pedersen");
        UserProfile mette = person("mentor.andersen", "Mette Andersen");
        UserProfile ali = person("elev.hassan", "Ali Hassan");
        person("ul.christensen", "Henrik Christensen");
        List<UserProfile> contactPersons = List.of(karen, lars);

        List<Placement> placements = new ArrayList<>();
        Placement solhaven = placement("Plejecenter Solhaven", PlacementType.NURSING_HOME, PlacementSize.MEDIUM,
                "Amager", EnumSet.of(Speciality.DEMENTIA), anne);
        Placement amager = placement("Hjemmeplejen Amager Øst", PlacementType.HOME_CARE, PlacementSize.LARGE,
                "Amager", EnumSet.noneOf(Speciality.class), jonas);
        placements.add(solhaven);
        placements.add(amager);
        PlacementType[] types = PlacementType.values();
        for (int i = 0; placements.size() < 20; i++) {
            PlacementType type = types[i % types.length];
            String area = AREAS[i % AREAS.length];
            UserProfile supervisor = person("ov.demo" + i, FIRST[(i * 7) % FIRST.length] + " " + LAST[(i * 3) % LAST.length]);
            placements.add(placement(name(type, area, i), type, PlacementSize.values()[i % 3], area,
                    i % 4 == 0 ? EnumSet.of(Speciality.values()[i % Speciality.values().length])
                            : EnumSet.noneOf(Speciality.class), supervisor));
        }

        Programme[] programmes = {Programme.SSH, Programme.SSA, Programme.SSA, Programme.PA};
        List<Student> students = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Programme programme = programmes[i % programmes.length];
            LocalDate start = today.minusMonths(2 + (i % 20)).withDayOfMonth(1);
            LocalDate birth = start.minusYears(17 + random.nextInt(25)).minusDays(random.nextInt(365));
            String first = FIRST[random.nextInt(FIRST.length)];
            String last = LAST[random.nextInt(LAST.length)];
            if (i == 0) {
                first = "Sofie";
                last = "Larsen";
            }
            Student s = new Student(String.format("S%02d%04d", start.getYear() % 100, 1000 + i), first, last, birth,
                    i % 3 == 0 ? null : (i % 3 == 1 ? "Kvinde" : "Mand"), programme,
                    SchoolSite.values()[i % SchoolSite.values().length],
                    programme + "-" + (start.getYear() % 100) + (char) ('A' + i % 3), start);
            if (i == 0) {
                s.linkAccount(person("elev.larsen", "Sofie Larsen"));
            }
            em.persist(s);
            if (i % 17 == 5) {
                s.changeStatus(StudentStatus.DROPPED_WITHOUT_REENROLMENT, start.plusMonths(2), "Flyttet fra byen",
                        BY, now);
            } else if (i % 23 == 7) {
                s.changeStatus(StudentStatus.DROPPED_WITH_REENROLMENT, start.plusMonths(1), "Skiftet uddannelse",
                        BY, now);
            }
            students.add(s);
        }
        Student aliStudent = new Student("S240999", "Ali", "Hassan", today.minusYears(23), "Mand", Programme.SSA,
                SchoolSite.SKELBAEKGADE, "SSA-24A", today.minusYears(2).withDayOfMonth(1));
        aliStudent.linkAccount(ali);
        em.persist(aliStudent);

        List<Student> individualMentees = new ArrayList<>();
        List<Student> peerMentees = new ArrayList<>();
        List<PlacementPeriod> planned = new ArrayList<>();
        for (int i = 0; i < students.size(); i++) {
            Student s = students.get(i);
            if (s.getStatus() != StudentStatus.ACTIVE) {
                continue;
            }
            if (i < 60) {
                UserProfile contact = contactPersons.get(i % 2);
                em.persist(Assignment.contactPerson(s, contact, s.getStartDate(), null, BY, now));
                if (i % 3 == 0) {
                    StudentCase c = new StudentCase(s, contact.getUsername(), now);
                    em.persist(c);
                    em.persist(c.addEntry(today.minusDays(20), "Samtale om opstart. Eleven ønsker hjælp til at "
                            + "forberede sig på oplæringen.", contact.getUsername(), now));
                    em.persist(c.addEntry(today.minusDays(6), "Aftalt opfølgning efter tre uger i oplæring.",
                            contact.getUsername(), now));
                }
            } else if (i < 70) {
                // an earlier contact person whose assignment has ended: Karen no longer sees these students
                em.persist(Assignment.contactPerson(s, karen, s.getStartDate(), today.minusDays(10), BY, now));
                em.persist(Assignment.contactPerson(s, lars, today.minusDays(9), null, BY, now));
            }
            Assignment mentoring = null;
            if (i >= 10 && i < 16) {
                mentoring = Assignment.mentor(s, mette, MentorType.INDIVIDUAL, today.minusMonths(1),
                        today.plusMonths(5), BY, now);
                mentoring.agreeCadence(i % 2 == 0 ? Cadence.WEEKLY : Cadence.FORTNIGHTLY);
                em.persist(mentoring);
                individualMentees.add(s);
            } else if (i >= 16 && i < 21) {
                em.persist(Assignment.mentor(s, ali, MentorType.PEER, s.getStartDate(), null, BY, now));
                peerMentees.add(s);
            }
            if (i < 140) {
                Placement place = i < 10 ? solhaven : i < 20 ? amager : placements.get(i % placements.size());
                LocalDate periodStart = i % 4 == 0 ? today.plusDays(14 + i % 30) : today.minusDays(10 + i % 40);
                if (i % 2 == 1 && periodStart.isAfter(s.getStartDate().plusMonths(4))) {
                    register(new PlacementPeriod(s, placements.get((i + 5) % placements.size()), new PeriodCode(
                            "1b"), s.getStartDate().plusMonths(1), s.getStartDate().plusMonths(3), Set.of()));
                }
                UserProfile supervisor = place.getSupervisors().iterator().next();
                PlacementPeriod period = register(new PlacementPeriod(s, place, new PeriodCode(i % 2 == 0 ? "1a"
                        : "2"), periodStart, periodStart.plusWeeks(10), Set.of(supervisor)));
                if (i < 60 && i % 3 == 0) {
                    needsAndConsents(s, i, period, mentoring, contactPersons.get(i % 2).getUsername(), today, now);
                }
                if (supervisor == anne && !periodStart.isAfter(today)) {
                    planned.add(period);
                }
            }
        }
        closePastTasks(today, now);
        DemoPlans.add(em, planned, anne.getUsername(), today, now);
        mentoring(mette, ali, aliStudent, individualMentees, peerMentees, today, now);
        PastCohorts.add(em, random, today, now, FIRST, LAST);
        LOG.info(() -> "Demo data loaded: " + students.size() + " current students and earlier cohorts, "
                + placements.size() + " placements");
    }

    /**
     * The mentor corps: Mette Andersen (staff) logs weekly or fortnightly sessions with her individual mentees, two
     * of whom are overdue, and flagged one session for the contact person; Ali Hassan (a peer mentor, himself a
     * student) meets his peer mentees as a cluster.
     */
    private void mentoring(UserProfile mette, UserProfile ali, Student aliStudent, List<Student> individual,
                           List<Student> peers, LocalDate today, Instant now) {
        em.persist(new Mentor(mette, null));
        Mentor peerMentor = new Mentor(ali, aliStudent);
        em.persist(peerMentor);
        for (int k = 0; k < individual.size(); k++) {
            Student s = individual.get(k);
            boolean overdue = k >= individual.size() - 2;
            String followUp = k == 2 ? "Sover dårligt og er bange for at dumpe eksamen. Kan du tage en snak med"
                    + " eleven i denne uge?" : null;
            em.persist(new MentorSession(mette, null, Set.of(s), today.minusDays(overdue ? 25 : 16 + k), 45,
                    Set.of(SessionTopic.ACADEMIC, SessionTopic.PLACEMENT), "Gennemgik ugeplanen for oplæringen og"
                    + " aftalte, hvordan eleven spørger sin vejleder om hjælp.", Set.of(s), null, now));
            if (!overdue) {
                MentorSession latest = new MentorSession(mette, null, Set.of(s), today.minusDays(2 + k), 30,
                        Set.of(SessionTopic.WELL_BEING), "Talte om søvn, eksamen og om at sige til, når det er"
                        + " for meget.", k % 2 == 0 ? Set.of(s) : Set.of(), followUp, now);
                em.persist(latest);
                if (followUp != null) {
                    em.persist(Task.mentorFollowUp(latest, s, today.plusDays(1), now));
                }
            }
        }
        if (!peers.isEmpty()) {
            MentorCluster cluster = new MentorCluster(peerMentor, "Nye elever under 25", ClusterBasis.AGE);
            peers.forEach(cluster::add);
            em.persist(cluster);
            em.persist(new MentorSession(ali, cluster, Set.copyOf(peers.subList(0, Math.max(1, peers.size() - 1))),
                    today.minusDays(9), 60, Set.of(SessionTopic.SOCIAL, SessionTopic.PRACTICAL), "Fællesspisning"
                    + " og snak om at finde ro til lektier ved siden af arbejdet.", Set.of(), null, now));
        }
    }

    /** A period, registered as the education leader would: with the contact person's transition tasks. */
    private PlacementPeriod register(PlacementPeriod period) {
        em.persist(period);
        transitionTasks.periodRegistered(period);
        return period;
    }

    /**
     * Transition tasks more than two weeks overdue were done by the student's contact person; those of the last two
     * weeks are left overdue, so the task list shows tasks done, overdue and due.
     */
    private void closePastTasks(LocalDate today, Instant now) {
        for (Task task : em.createQuery("SELECT t FROM Task t WHERE t.dueOn < :cut", Task.class)
                .setParameter("cut", today.minusDays(14)).getResultList()) {
            String contact = em.createQuery("SELECT a.person.username FROM Assignment a WHERE a.student = :student"
                            + " AND a.kind = :kind ORDER BY a.validFrom DESC", String.class)
                    .setParameter("student", task.getStudent()).setParameter("kind", AssignmentKind.CONTACT_PERSON)
                    .setMaxResults(1).getResultStream().findFirst().orElse(BY);
            task.done(contact, now, task.getOffer().getCode().equals("OPFOELGNINGSOPKALD")
                    ? "Ringet op. Eleven trives og har aftalt mål med sin oplæringsvejleder."
                    : "Eleven deltog.");
        }
    }

    /**
     * Needs for a student with an open case, and consents: Sofie Larsen (elev.larsen) shares what helps with her
     * placement and has a proposal to answer; some students gave consent on paper; two share with their mentor.
     */
    private void needsAndConsents(Student s, int i, PlacementPeriod period, Assignment mentoring, String contact,
                                  LocalDate today, Instant now) {
        String[][] texts = {
            {"LANGUAGE", "Dansk er andetsprog. Eleven forstår hverdagsdansk, men fagord og hurtig tale er svære.",
                "Skriftlige beskeder ved vagtskifte, og tid til at spørge ind til fagord."},
            {"PSYCHOLOGICAL", "Angst i nye situationer, især ved mange nye mennesker på én gang.",
                "En fast oplæringsvejleder de første uger og besked i god tid om ændringer i vagtplanen."},
            {"SOCIAL", "Eleven bor alene og har et lille netværk; har tidligere stoppet på en uddannelse.",
                "Faste vagter og en kort samtale hver uge om, hvordan det går."},
            {"ACADEMIC", "Ordblind; læser langsomt og undgår skriftlige opgaver.",
                "Mulighed for at få opgaver forklaret mundtligt og bruge oplæsning på telefonen."}};
        String[] first = texts[(i / 3) % texts.length];
        Need need = new Need(s, new NeedContent(NeedCategory.valueOf(first[0]), first[1], first[2],
                NeedSource.SCREENING, NeedStatus.ACTIVE), contact, now);
        em.persist(need);
        Need second = new Need(s, new NeedContent(NeedCategory.SOCIAL, "Arbejder mange timer ved siden af"
                + " uddannelsen for at få økonomien til at hænge sammen.", null, NeedSource.INTERVIEW,
                NeedStatus.ACTIVE), contact, now);
        em.persist(second);
        offers(s, i, need, contact, now);
        if (period.getEndDate().isBefore(today)) {
            return;
        }
        if (i == 0) {
            Consent given = new Consent(s, period, null, List.of(need.current()), ConsentLevel.ACCOMMODATIONS,
                    "At oplæringsstedet kan tilrettelægge oplæringen, så jeg får den støtte, jeg har brug for.",
                    period.getEndDate(), "elev.larsen", now);
            given.give(GivenHow.IN_APPLICATION, "elev.larsen", now,
                    ConsentText.render(given, ConsentText.CURRENT_VERSION, "da"), null);
            em.persist(given);
            em.persist(new Consent(s, period, null, List.of(second.current()), ConsentLevel.FULL,
                    "At oplæringsvejlederen kan tage hensyn til mine arbejdstider ved vagtplanlægningen.",
                    period.getEndDate(), contact, now));
        } else if (mentoring != null) {
            record(new Consent(s, null, mentoring, List.of(need.current(), second.current()), ConsentLevel.FULL,
                    "At min mentor kender mine udfordringer.", today.plusMonths(4), contact, now), contact, now);
        } else if (i % 6 == 0) {
            record(new Consent(s, period, null, List.of(need.current()), ConsentLevel.ACCOMMODATIONS,
                    "At oplæringsstedet kan tilrettelægge oplæringen.", period.getEndDate(), contact, now), contact,
                    now);
        }
    }

    /**
     * Offers in every state, for the student's first need: Sofie Larsen has a proposal to answer and an offer under
     * way that her supervisor sees through her consent.
     */
    private void offers(Student s, int i, Need need, String contact, Instant now) {
        String code = switch (need.getCategory()) {
            case LANGUAGE -> "FAGSPROG";
            case PSYCHOLOGICAL -> "MENTOR-INDIVIDUEL";
            case SOCIAL -> "MINDRE-OPLAERINGSSTED";
            default -> "KONTAKTPERSON";
        };
        Instant earlier = now.minus(Duration.ofDays(30));
        StudentOffer offer = new StudentOffer(s, offer(code), Set.of(need), contact, earlier,
                "Foreslået ved opstartssamtalen.");
        em.persist(offer);
        OfferStatus[] path = switch ((i / 3) % 6) {
            case 0 -> new OfferStatus[] {OfferStatus.AGREED, OfferStatus.ACTIVE};
            case 1 -> new OfferStatus[] {OfferStatus.AGREED};
            case 2 -> new OfferStatus[] {OfferStatus.AGREED, OfferStatus.ACTIVE, OfferStatus.COMPLETED};
            case 3 -> new OfferStatus[] {OfferStatus.DECLINED};
            case 4 -> new OfferStatus[] {OfferStatus.CANCELLED};
            default -> new OfferStatus[] {};
        };
        for (OfferStatus next : path) {
            boolean answer = next == OfferStatus.AGREED || next == OfferStatus.DECLINED;
            String account = s.account().map(UserProfile::getUsername).orElse(null);
            boolean inApp = answer && account != null;
            String note = switch (next) {
                case AGREED -> inApp ? null : "Aftalt i en samtale med eleven.";
                case DECLINED -> "Eleven vil prøve uden først.";
                case CANCELLED -> "Eleven fik i stedet en mindre oplæringsplads.";
                default -> null;
            };
            boolean completed = next == OfferStatus.COMPLETED;
            offer.moveTo(next, now.minus(Duration.ofDays(20L - next.ordinal() * 4L)), inApp ? account : contact,
                    note, completed ? "Eleven følger nu bedre med og beder selv om forklaringer." : null,
                    completed ? Helped.YES : null);
        }
        if (i == 0) {
            em.persist(new StudentOffer(s, offer("LAENGERE-STUDIETID"), Set.of(need), contact, now,
                    "Vi talte om, at du kunne få mere studietid i oplæringen. Sig ja, hvis du vil."));
        }
    }

    private SupportOffer offer(String code) {
        return em.createQuery("SELECT o FROM SupportOffer o WHERE o.code = :code", SupportOffer.class)
                .setParameter("code", code).getSingleResult();
    }

    private void record(Consent consent, String contact, Instant now) {
        consent.give(GivenHow.RECORDED_BY_CONTACT_PERSON, contact, now,
                ConsentText.render(consent, ConsentText.CURRENT_VERSION, "da"),
                "Underskrevet på papir ved opstartssamtalen.");
        em.persist(consent);
    }

    private UserProfile person(String username, String name) {
        UserProfile profile = new UserProfile(username, name, username + "@brobygger.example");
        em.persist(profile);
        return profile;
    }

    private Placement placement(String name, PlacementType type, PlacementSize size, String area,
                                Set<Speciality> specialities, UserProfile supervisor) {
        Placement placement = new Placement(name, type, size, area, specialities);
        placement.addSupervisor(supervisor);
        em.persist(placement);
        return placement;
    }

    private static String name(PlacementType type, String area, int i) {
        return switch (type) {
            case NURSING_HOME -> "Plejecenter " + area + " " + (i + 1);
            case HOME_CARE -> "Hjemmeplejen " + area + " " + (i + 1);
            case PSYCHIATRY -> "Psykiatrisk Center " + area;
            case HOSPITAL -> "Hospitalet i " + area + ", afsnit " + (i + 1);
            case DAY_CARE -> "Børnehuset " + area + " " + (i + 1);
            case REHABILITATION -> "Genoptræningscenter " + area;
        };
    }
}
