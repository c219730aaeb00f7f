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
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;

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
    private final SessionForm form = new SessionForm();

    /**
     * The page's view action: who the session is for; today and everyone in a cluster to start from. Opened
     * without a mentee or cluster, the page asks the mentor to choose one on their start page.
     */
    public void load() {
        if (studentId == null && clusterId == null) {
            return;
        }
        who = service.logFor(studentId, clusterId);
        form.setHeldOn(LocalDate.now());
        form.setAttendees(new ArrayList<>(who.members().stream().map(CorpsLine.Member::studentId).toList()));
    }

    public void save() {
        SessionInput input = form.toInput(studentId, clusterId);
        if (Messages.attempt("log", () -> service.log(input))) {
            Messages.done(form.isFollowUp() ? "session.logged.followUp" : "session.logged", "/mentor/index.xhtml");
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

    public SessionForm getForm() {
        return form;
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
}
