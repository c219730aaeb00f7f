package dk.brobygger.domain.mentoring;

/** What a cluster of peer mentees has in common, as the analysis suggests grouping them. */
public enum ClusterBasis {
    AGE, WORK_EXPERIENCE, EDUCATION_EXPERIENCE
}
