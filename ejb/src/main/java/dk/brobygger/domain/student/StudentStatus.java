package dk.brobygger.domain.student;

/** Where a student stands in the programme, in the categories of uddannelsesstatistik.dk. */
public enum StudentStatus {
    ACTIVE,
    COMPLETED,
    /** "afbrudt med omvalg": left this programme for another. */
    DROPPED_WITH_REENROLMENT,
    /** "afbrudt uden omvalg". */
    DROPPED_WITHOUT_REENROLMENT
}
