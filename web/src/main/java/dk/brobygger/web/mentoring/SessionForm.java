package dk.brobygger.web.mentoring;

import dk.brobygger.application.SessionInput;
import dk.brobygger.domain.mentoring.MentorSession;
import dk.brobygger.domain.mentoring.SessionTopic;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The fields of a logged session (mentor/log.xhtml), and the follow-up the contact person is asked for. */
public class SessionForm implements Serializable {

    private static final long serialVersionUID = 1L;

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
    private List<Long> sharedAbout = new ArrayList<>();
    private boolean followUp;
    @Size(max = MentorSession.TEXT_MAX)
    private String followUpMessage;
    private Long followUpStudent;

    /**
     * The session as the service takes it: with one mentee (no cluster), whose contact person reads the summary
     * when it is shared, or with the cluster, who came, and whom of them the shared summary is about.
     */
    SessionInput toInput(Long studentId, Long clusterId) {
        boolean group = clusterId != null;
        Set<Long> about = group ? Set.copyOf(sharedAbout) : summaryShared ? Set.of(studentId) : Set.of();
        return new SessionInput(group ? null : studentId, clusterId, group ? Set.copyOf(attendees) : Set.of(),
                heldOn, minutes, Set.copyOf(topics), summary, about, followUp, followUpMessage, followUpStudent);
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

    public List<Long> getSharedAbout() {
        return sharedAbout;
    }

    public void setSharedAbout(List<Long> sharedAbout) {
        this.sharedAbout = sharedAbout;
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
