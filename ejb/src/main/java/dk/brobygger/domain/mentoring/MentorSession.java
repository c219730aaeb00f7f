package dk.brobygger.domain.mentoring;

import dk.brobygger.domain.StoredRecord;
import dk.brobygger.domain.profile.UserProfile;
import dk.brobygger.domain.student.Student;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A mentor's session with one mentee or with a cluster (logged once, with who attended): when, how long, the
 * topics, a summary the mentor may share with the contact persons of the attendees it is about, and a follow-up
 * message for the contact person. Never changed once logged.
 */
@Entity
@Table(name = "mentor_session")
public class MentorSession extends StoredRecord {

    public static final int MINUTES_MIN = 5;
    public static final int MINUTES_MAX = 480;
    public static final int TEXT_MAX = 4000;

    @ManyToOne(optional = false)
    @JoinColumn(name = "mentor_profile_id", updatable = false)
    private UserProfile mentor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private SessionFormat format;

    @ManyToOne
    @JoinColumn(name = "cluster_id", updatable = false)
    private MentorCluster cluster;

    @Column(name = "held_on", nullable = false, updatable = false)
    private LocalDate heldOn;

    @Column(name = "duration_minutes", nullable = false, updatable = false)
    private int durationMinutes;

    @ElementCollection
    @Enumerated(EnumType.STRING)
    @CollectionTable(name = "mentor_session_topic", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "topic")
    private Set<SessionTopic> topics = EnumSet.noneOf(SessionTopic.class);

    @ManyToMany
    @JoinTable(name = "mentor_session_attendee", joinColumns = @JoinColumn(name = "session_id"),
            inverseJoinColumns = @JoinColumn(name = "student_id"))
    private Set<Student> attendees = new LinkedHashSet<>();

    @Column(nullable = false, updatable = false)
    private String summary;

    /** The attendees the summary is about: their contact persons may read it (docs/consent.md). */
    @ManyToMany
    @JoinTable(name = "mentor_session_shared_about", joinColumns = @JoinColumn(name = "session_id"),
            inverseJoinColumns = @JoinColumn(name = "student_id"))
    private Set<Student> sharedAbout = new LinkedHashSet<>();

    @Column(name = "follow_up_message", updatable = false)
    private String followUpMessage;

    @Column(name = "logged_at", nullable = false, updatable = false)
    private Instant loggedAt;

    protected MentorSession() {
        // for JPA
    }

    /**
     * A session as the mentor logs it. The service has checked the input against the mentor's mentees and the
     * calendar; these checks keep the record whole whatever calls it.
     *
     * @param cluster         the cluster of a group session, null for an individual one
     * @param sharedAbout     the attendees whose contact persons may read the summary; none keeps it the mentor's
     * @param followUpMessage what the contact person should follow up on, or null
     */
    public MentorSession(UserProfile mentor, MentorCluster cluster, Set<Student> attendees, LocalDate heldOn,
                         int durationMinutes, Set<SessionTopic> topics, String summary, Set<Student> sharedAbout,
                         String followUpMessage, Instant loggedAt) {
        if (attendees.isEmpty() || cluster == null && attendees.size() != 1) {
            throw new IllegalArgumentException("An individual session has one mentee, a group session at least one");
        }
        if (durationMinutes < MINUTES_MIN || durationMinutes > MINUTES_MAX) {
            throw new IllegalArgumentException("A session lasts " + MINUTES_MIN + "-" + MINUTES_MAX + " minutes");
        }
        if (topics.isEmpty() || summary == null || summary.isBlank()) {
            throw new IllegalArgumentException("A session has at least one topic and a summary");
        }
        if (!attendees.containsAll(sharedAbout)) {
            throw new IllegalArgumentException("A summary is shared only about attendees");
        }
        this.mentor = Objects.requireNonNull(mentor);
        this.format = cluster == null ? SessionFormat.INDIVIDUAL : SessionFormat.GROUP;
        this.cluster = cluster;
        this.attendees.addAll(attendees);
        this.heldOn = Objects.requireNonNull(heldOn);
        this.durationMinutes = durationMinutes;
        this.topics = EnumSet.copyOf(topics);
        this.summary = summary.strip();
        this.sharedAbout.addAll(sharedAbout);
        this.followUpMessage = followUpMessage == null || followUpMessage.isBlank() ? null : followUpMessage.strip();
        this.loggedAt = Objects.requireNonNull(loggedAt);
    }

    public UserProfile getMentor() {
        return mentor;
    }

    public SessionFormat getFormat() {
        return format;
    }

    public MentorCluster getCluster() {
        return cluster;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public Set<SessionTopic> getTopics() {
        return Collections.unmodifiableSet(topics);
    }

    public Set<Student> getAttendees() {
        return Collections.unmodifiableSet(attendees);
    }

    public String getSummary() {
        return summary;
    }

    public Set<Student> getSharedAbout() {
        return Collections.unmodifiableSet(sharedAbout);
    }

    public String getFollowUpMessage() {
        return followUpMessage;
    }
}
