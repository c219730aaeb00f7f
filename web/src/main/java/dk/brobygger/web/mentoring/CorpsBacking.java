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

/** The education leader's mentor corps: who mentors, how much (counts only), and the clusters of peer mentees. */
@Named
@ViewScoped
public class CorpsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "/leader/mentors.xhtml";

    @EJB
    private MentorCorpsService service;

    private transient List<CorpsLine> corps;
    private String username;
    private String peerStudentNumber;
    private Long clusterMentor;
    private String clusterName;
    private ClusterBasis clusterBasis;
    private String memberNumber;

    public List<CorpsLine> getCorps() {
        if (corps == null) {
            corps = service.corps();
        }
        return corps;
    }

    public void register() {
        if (Messages.attempt("mentor", () -> service.registerMentor(username, peerStudentNumber))) {
            Messages.done("mentor.registered", PAGE, username);
        }
    }

    public void createCluster() {
        if (Messages.attempt("cluster", () -> service.createCluster(clusterMentor == null ? -1 : clusterMentor,
                clusterName, clusterBasis))) {
            Messages.done("cluster.created", PAGE, clusterName);
        }
    }

    public void addMember(long clusterId) {
        if (Messages.attempt(null, () -> service.addToCluster(clusterId, memberNumber))) {
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

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPeerStudentNumber() {
        return peerStudentNumber;
    }

    public void setPeerStudentNumber(String peerStudentNumber) {
        this.peerStudentNumber = peerStudentNumber;
    }

    public Long getClusterMentor() {
        return clusterMentor;
    }

    public void setClusterMentor(Long clusterMentor) {
        this.clusterMentor = clusterMentor;
    }

    public String getClusterName() {
        return clusterName;
    }

    public void setClusterName(String clusterName) {
        this.clusterName = clusterName;
    }

    public ClusterBasis getClusterBasis() {
        return clusterBasis;
    }

    public void setClusterBasis(ClusterBasis clusterBasis) {
        this.clusterBasis = clusterBasis;
    }

    public String getMemberNumber() {
        return memberNumber;
    }

    public void setMemberNumber(String memberNumber) {
        this.memberNumber = memberNumber;
    }
}
