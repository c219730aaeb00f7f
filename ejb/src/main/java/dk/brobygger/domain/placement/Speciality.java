package dk.brobygger.domain.placement;

public enum Speciality {
    DEMENTIA, BLIND_CITIZENS, PSYCHIATRY, BRAIN_INJURY, PALLIATIVE_CARE, CHILDREN, DISABILITIES
}
