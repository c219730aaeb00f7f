package dk.brobygger.web.mentoring;

import dk.brobygger.application.CorpsLine;
import dk.brobygger.application.SessionInput;
import dk.brobygger.application.SessionLogService;
import dk.brobygger.domain.mentoring.MentorSession;
import dk.brobygger.domain.mentoring.SessionTopic;
import dk.brobygger.web.layout.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The mentor logs a session, on a phone as readily as at a desk: with one mentee, or with a cluster and who of it
 * came. The service refuses a date in the future, an absurd duration, a group with no one in it and anyone who is
 * not the mentor's mentee; nothing is stored then.
 */
@Named
@ViewScoped
public class LogSessionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SessionLogService service;

    private Long studentId;
    private Long clusterId;
    private CorpsLine.Cluster who;

    @NotNull
    private LocalDate heldOn;
    @NotNull
    private Integer minutes;
    private List<SessionTopic> topics = new ArrayList<>();
    @NotBlank
    @Size(max = MentorSession.TEXT_MAX)
    private String summary;
    private boolean summaryShared;
    private List<Long> attendees = new ArrayList<>();
    private boolean followUp;
    @Size(max = MentorSession.TEXT_MAX)
    private String followUpMessage;
    private Long followUpStudent;

    /**
     * The page's view action: who the session is for; today and everyone in a cluster to start from. Opened
     * without a mentee or cluster, the page asks the mentor to choose one on their start page.
     */
    public void load() {
        if (studentId == null && clusterId == null) {
            return;
        }
        who = service.logFor(studentId, clusterId);
        heldOn = LocalDate.now();
        attendees = new ArrayList<>(who.members().stream().map(CorpsLine.Member::studentId).toList());
    }

    public void save() {
        SessionInput input = new SessionInput(clusterId == null ? studentId : null, clusterId,
                clusterId == null ? Set.of() : Set.copyOf(attendees), heldOn, minutes, Set.copyOf(topics), summary,
                summaryShared, followUp, followUpMessage, followUpStudent);
        if (Messages.attempt("log", () -> service.log(input))) {
            Messages.done(followUp ? "session.logged.followUp" : "session.logged", "/mentor/index.xhtml");
        }
    }

    public boolean isGroup() {
        return clusterId != null;
    }

    public CorpsLine.Cluster getWho() {
        return who;
    }

    public SessionTopic[] getAllTopics() {
        return SessionTopic.values();
    }

    public int getMinutesMin() {
        return MentorSession.MINUTES_MIN;
    }

    public int getMinutesMax() {
        return MentorSession.MINUTES_MAX;
    }

    public Long getStudentId() {
        return studentId;
    }

    public void setStudentId(Long studentId) {
        this.studentId = studentId;
    }

    public Long getClusterId() {
        return clusterId;
    }

    public void setClusterId(Long clusterId) {
        this.clusterId = clusterId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public List<SessionTopic> getTopics() {
        return topics;
    }

    public void setTopics(List<SessionTopic> topics) {
        this.topics = topics;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public boolean isSummaryShared() {
        return summaryShared;
    }

    public void setSummaryShared(boolean summaryShared) {
        this.summaryShared = summaryShared;
    }

    public List<Long> getAttendees() {
        return attendees;
    }

    public void setAttendees(List<Long> attendees) {
        this.attendees = attendees;
    }

    public boolean isFollowUp() {
        return followUp;
    }

    public void setFollowUp(boolean followUp) {
        this.followUp = followUp;
    }

    public String getFollowUpMessage() {
        return followUpMessage;
    }

    public void setFollowUpMessage(String followUpMessage) {
        this.followUpMessage = followUpMessage;
    }

    public Long getFollowUpStudent() {
        return followUpStudent;
    }

    public void setFollowUpStudent(Long followUpStudent) {
        this.followUpStudent = followUpStudent;
    }
}
