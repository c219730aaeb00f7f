package dk.brobygger.demo;

import dk.brobygger.domain.placement.PlacementPeriod;
import dk.brobygger.domain.plan.Assessment;
import dk.brobygger.domain.plan.Conversation;
import dk.brobygger.domain.plan.PlanGoal;
import dk.brobygger.domain.plan.TrainingGoal;
import dk.brobygger.domain.plan.TrainingPlan;
import dk.brobygger.domain.student.Programme;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Training plans for the demo supervisor's periods that have begun (docs/training-plan.md): agreed with the contact
 * person, some with the student's own goals, and where the midterm date has passed most with a completed midterm
 * assessment, so the supervisor's list shows plans agreed, due, overdue and done.
 */
final class DemoPlans {

    private static final String CONTACT = "kp.hansen";

    private DemoPlans() {
    }

    static void add(EntityManager em, List<PlacementPeriod> periods, String supervisor, LocalDate today,
                    Instant now) {
        Map<Programme, List<TrainingGoal>> catalogues = new EnumMap<>(Programme.class);
        for (int k = 0; k < periods.size(); k++) {
            PlacementPeriod period = periods.get(k);
            List<TrainingGoal> catalogue = catalogues.computeIfAbsent(period.getStudent().getProgramme(), p ->
                    em.createQuery("SELECT g FROM TrainingGoal g WHERE g.programme = :programme ORDER BY g.number",
                            TrainingGoal.class).setParameter("programme", p).getResultList());
            TrainingPlan plan = new TrainingPlan(period, catalogue, CONTACT, now);
            LocalDate midterm = period.getStartDate().plusWeeks(2);
            plan.schedule(midterm, period.getEndDate().minusDays(3), CONTACT, now);
            plan.writeSchoolPart("Hygiejne, forflytning og kommunikation med borgeren fra første skoleperiode.",
                    CONTACT, now);
            if (k % 2 == 0) {
                plan.writeStudentGoals("Blive tryg ved at tale med borgerne og deres pårørende.",
                        period.getStudent().getFullName(), now);
            }
            em.persist(plan);
            if (midterm.isBefore(today) && k % 3 != 2) {
                Assessment assessment = Assessment.first(plan, Conversation.MIDTERM, supervisor, now);
                Map<Long, Boolean> marks = new HashMap<>();
                Map<Long, String> comments = new HashMap<>();
                List<PlanGoal> goals = plan.getGoals();
                // the second goal is not at the level yet
                for (int g = 0; g < goals.size(); g++) {
                    marks.put(goals.get(g).getGoalId(), g != 1);
                }
                comments.put(goals.get(1).getGoalId(), "Øver sig stadig; vi følger op ugentligt.");
                assessment.writeBySupervisor(midterm, marks, comments, "Godt i gang, tager ansvar for egne borgere.");
                assessment.writeByStudent(marks, "Jeg er enig, og jeg vil øve mig mere.");
                assessment.confirmBySupervisor(supervisor, now);
                assessment.confirmByStudent(now);
                em.persist(assessment);
            }
        }
    }
}
