package dk.brobygger.domain.student;

import dk.brobygger.domain.StoredRecord;
import dk.brobygger.domain.profile.UserProfile;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A student in a SOSU programme. Status changes are kept as history. */
@Entity
@Table(name = "student")
public class Student extends StoredRecord {

    /** As the school's administrative system writes them: 6 to 12 capital letters and digits. */
    public static final String NUMBER_PATTERN = "[A-Z0-9]{6,12}";
    public static final int NAME_MAX = 100;
    public static final int GENDER_MAX = 20;
    public static final int TEAM_MAX = 40;

    @NotNull
    @Pattern(regexp = NUMBER_PATTERN, message = "{student.number.pattern}")
    @Column(name = "student_number", nullable = false, unique = true)
    private String studentNumber;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "first_name", nullable = false)
    private String firstName;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "last_name", nullable = false)
    private String lastName;

    @NotNull
    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Size(max = GENDER_MAX)
    private String gender;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Programme programme;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SchoolSite site;

    @NotBlank
    @Size(max = TEAM_MAX)
    @Column(nullable = false)
    private String team;

    @NotNull
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StudentStatus status;

    @Column(name = "status_date", nullable = false)
    private LocalDate statusDate;

    /**
     * The account the student signs in with, once the education leader has linked it: a profile, which is keyed
     * by the account's Keycloak subject (docs/security.md).
     */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", unique = true)
    private UserProfile account;

    /** When the student's data was erased (docs/data-protection.md), leaving this row anonymous; set in the database. */
    @Column(name = "erased_at", insertable = false, updatable = false)
    private Instant erasedAt;

    /** First and last name in lower case, kept by the database for searching. */
    @Column(name = "search_name", insertable = false, updatable = false)
    private String searchName;

    @OneToMany(mappedBy = "student", cascade = CascadeType.PERSIST)
    @OrderBy("effectiveDate DESC, id DESC")
    private List<StatusChange> statusHistory = new ArrayList<>();

    @Version
    private long version;

    protected Student() {
        // for JPA and forms
    }

    public Student(String studentNumber, String firstName, String lastName, LocalDate birthDate, String gender,
                   Programme programme, SchoolSite site, String team, LocalDate startDate) {
        update(studentNumber, firstName, lastName, birthDate, gender, programme, site, team, startDate);
        this.status = StudentStatus.ACTIVE;
        this.statusDate = startDate;
    }

    /** Changes the student's details (everything but status, which has its own history). */
    public final void update(String studentNumber, String firstName, String lastName, LocalDate birthDate,
                             String gender, Programme programme, SchoolSite site, String team, LocalDate startDate) {
        this.studentNumber = Objects.requireNonNull(studentNumber, "Student number is required").strip()
                .toUpperCase(java.util.Locale.ROOT);
        this.firstName = Objects.requireNonNull(firstName, "First name is required").strip();
        this.lastName = Objects.requireNonNull(lastName, "Last name is required").strip();
        this.birthDate = Objects.requireNonNull(birthDate, "Birth date is required");
        this.gender = gender == null || gender.isBlank() ? null : gender.strip();
        this.programme = Objects.requireNonNull(programme, "Programme is required");
        this.site = Objects.requireNonNull(site, "Site is required");
        this.team = Objects.requireNonNull(team, "Team is required").strip();
        this.startDate = Objects.requireNonNull(startDate, "Start date is required");
        if (!startDate.isAfter(birthDate)) {
            throw new IllegalArgumentException("The start date must come after the birth date: " + startDate);
        }
        if (statusDate == null) {
            statusDate = startDate;
        }
    }

    /** Changes the status from {@code effectiveDate}, keeping the change and its reason in the history. */
    public StatusChange changeStatus(StudentStatus newStatus, LocalDate effectiveDate, String reason, String by,
                                     Instant at) {
        Objects.requireNonNull(newStatus, "Status is required");
        Objects.requireNonNull(effectiveDate, "Date is required");
        if (newStatus == status) {
            throw new IllegalArgumentException("The student already has the status " + status);
        }
        if (effectiveDate.isBefore(startDate)) {
            throw new IllegalArgumentException("A status cannot change before the start date: " + effectiveDate);
        }
        StatusChange change = new StatusChange(this, newStatus, effectiveDate, reason, by, at);
        statusHistory.add(0, change);
        status = newStatus;
        statusDate = effectiveDate;
        return change;
    }

    /**
     * Links the account the student signs in with. The education leader links an account that has signed in, so
     * its subject is known (the service checks); demo data links a profile registered ahead of its first sign-in.
     */
    public void linkAccount(UserProfile profile) {
        this.account = Objects.requireNonNull(profile, "The account is required");
    }

    public void unlinkAccount() {
        this.account = null;
    }

    public AgeBand ageBand(LocalDate day) {
        return AgeBand.of(birthDate, day);
    }

    public String getFullName() {
        return firstName + " " + lastName;
    }

    public String getStudentNumber() {
        return studentNumber;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getGender() {
        return gender;
    }

    public Programme getProgramme() {
        return programme;
    }

    public SchoolSite getSite() {
        return site;
    }

    public String getTeam() {
        return team;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public StudentStatus getStatus() {
        return status;
    }

    public LocalDate getStatusDate() {
        return statusDate;
    }

    /** The linked account, if any. */
    public Optional<UserProfile> account() {
        return Optional.ofNullable(account);
    }

    public List<StatusChange> getStatusHistory() {
        return Collections.unmodifiableList(statusHistory);
    }

    public long getVersion() {
        return version;
    }
}
