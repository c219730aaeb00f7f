package dk.brobygger.domain.placement;

import dk.brobygger.domain.profile.UserProfile;
import dk.brobygger.domain.student.Student;
import dk.brobygger.domain.StoredRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/** One student's period at one placement ("oplæringsperiode"), with the supervisors who follow them there. */
@Entity
@Table(name = "placement_period")
public class PlacementPeriod extends StoredRecord {

    @ManyToOne(optional = false)
    @JoinColumn(name = "student_id")
    private Student student;

    @ManyToOne(optional = false)
    @JoinColumn(name = "placement_id")
    private Placement placement;

    @Column(name = "period_code", nullable = false)
    private String periodCode;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @ManyToMany
    @JoinTable(name = "period_supervisor", joinColumns = @JoinColumn(name = "period_id"),
            inverseJoinColumns = @JoinColumn(name = "profile_id"))
    private Set<UserProfile> supervisors = new LinkedHashSet<>();

    @Version
    private long version;

    protected PlacementPeriod() {
        // for JPA
    }

    public PlacementPeriod(Student student, Placement placement, PeriodCode code, LocalDate startDate,
                           LocalDate endDate, Set<UserProfile> supervisors) {
        this.student = Objects.requireNonNull(student, "Student is required");
        this.placement = Objects.requireNonNull(placement, "Placement is required");
        recode(code);
        reschedule(startDate, endDate);
        changeSupervisors(supervisors);
    }

    public final void recode(PeriodCode code) {
        this.periodCode = Objects.requireNonNull(code, "Period code is required").code();
    }

    /** The supervisors who follow the student in this period: some or all of the placement's. */
    public final void changeSupervisors(Set<UserProfile> chosen) {
        for (UserProfile supervisor : chosen) {
            if (!placement.hasSupervisor(supervisor)) {
                throw new IllegalArgumentException(supervisor.getUsername() + " is not a supervisor at "
                        + placement.getName());
            }
        }
        supervisors.clear();
        supervisors.addAll(chosen);
    }

    /** Takes a supervisor off this period, as when they leave the placement. */
    public void removeSupervisor(UserProfile supervisor) {
        supervisors.remove(supervisor);
    }

    /** Whether the period has begun on {@code day}: from then on it is history and is changed, not removed. */
    public boolean hasBegunOn(LocalDate day) {
        return !startDate.isAfter(day);
    }

    public final void reschedule(LocalDate start, LocalDate end) {
        Objects.requireNonNull(start, "Start date is required");
        Objects.requireNonNull(end, "End date is required");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("A period cannot end (" + end + ") before it starts (" + start + ")");
        }
        this.startDate = start;
        this.endDate = end;
    }

    /** Whether {@code day} is one of the period's days. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(startDate) && !day.isAfter(endDate);
    }

    /** Whether this period shares at least one day with the period from {@code start} to {@code end}. */
    public boolean overlaps(LocalDate start, LocalDate end) {
        return !start.isAfter(endDate) && !end.isBefore(startDate);
    }

    public Student getStudent() {
        return student;
    }

    public Placement getPlacement() {
        return placement;
    }

    public String getPeriodCode() {
        return periodCode;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public Set<UserProfile> getSupervisors() {
        return Collections.unmodifiableSet(supervisors);
    }

    public long getVersion() {
        return version;
    }
}
