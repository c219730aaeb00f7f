package dk.brobygger.domain.student;

/** The SOSU programmes: social- og sundhedshjælper, social- og sundhedsassistent, pædagogisk assistent. */
public enum Programme {
    SSH, SSA, PA
}
