package dk.brobygger.web.mentoring;

import dk.brobygger.application.CorpsLine;
import dk.brobygger.application.MentorCorpsService;
import dk.brobygger.domain.mentoring.ClusterBasis;
import dk.brobygger.web.layout.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The education leader's mentor corps: who mentors, how much (counts only), and the clusters of peer mentees. The
 * fields of the page's forms are in {@link CorpsForm}.
 */
@Named
@ViewScoped
public class CorpsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "/leader/mentors.xhtml";

    @EJB
    private MentorCorpsService service;

    private transient List<CorpsLine> corps;
    private final CorpsForm form = new CorpsForm();

    public List<CorpsLine> getCorps() {
        if (corps == null) {
            corps = service.corps();
        }
        return corps;
    }

    public void register() {
        if (Messages.attempt("mentor", () -> service.registerMentor(form.getUsername(), form.getPeerStudentNumber()))) {
            Messages.done("mentor.registered", PAGE, form.getUsername());
        }
    }

    public void createCluster() {
        if (Messages.attempt("cluster", () -> service.createCluster(
                form.getClusterMentor() == null ? -1 : form.getClusterMentor(), form.getClusterName(),
                form.getClusterBasis()))) {
            Messages.done("cluster.created", PAGE, form.getClusterName());
        }
    }

    public void addMember(long clusterId) {
        if (Messages.attempt(null, () -> service.addToCluster(clusterId, form.getMemberNumber()))) {
            Messages.done("cluster.memberAdded", PAGE);
        }
    }

    public void removeMember(long clusterId, long studentId) {
        if (Messages.attempt(null, () -> service.removeFromCluster(clusterId, studentId))) {
            Messages.done("cluster.memberRemoved", PAGE);
        }
    }

    public ClusterBasis[] getBases() {
        return ClusterBasis.values();
    }

    public CorpsForm getForm() {
        return form;
    }
}
