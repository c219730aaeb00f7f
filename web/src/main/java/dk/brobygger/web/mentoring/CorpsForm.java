package dk.brobygger.web.mentoring;

import dk.brobygger.domain.mentoring.ClusterBasis;
import java.io.Serializable;

/**
 * The fields of the mentor corps page's forms (leader/mentors.xhtml): a new mentor, a new cluster, and a student
 * to add to a cluster.
 */
public class CorpsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String username;
    private String peerStudentNumber;
    private Long clusterMentor;
    private String clusterName;
    private ClusterBasis clusterBasis;
    private String memberNumber;

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
