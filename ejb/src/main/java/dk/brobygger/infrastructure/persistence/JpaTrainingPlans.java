package dk.brobygger.infrastructure.persistence;

import dk.brobygger.domain.assignment.Assignment;
import dk.brobygger.domain.placement.PlacementPeriod;
import dk.brobygger.domain.plan.Absence;
import dk.brobygger.domain.plan.Assessment;
import dk.brobygger.domain.plan.PeriodStatement;
import dk.brobygger.domain.plan.PlanShare;
import dk.brobygger.domain.plan.TrainingGoal;
import dk.brobygger.domain.plan.TrainingPlan;
import dk.brobygger.domain.plan.TrainingPlans;
import dk.brobygger.domain.student.Programme;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class JpaTrainingPlans implements TrainingPlans {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<TrainingGoal> catalogue(Programme programme) {
        // the newest version is the one imported last: its goals have the highest ids
        List<TrainingGoal> goals = em.createQuery("SELECT g FROM TrainingGoal g WHERE g.programme = :programme"
                        + " AND g.version = (SELECT v.version FROM TrainingGoal v WHERE v.id = (SELECT MAX(w.id)"
                        + " FROM TrainingGoal w WHERE w.programme = :programme)) ORDER BY g.number", TrainingGoal.class)
                .setParameter("programme", programme)
                .setHint("eclipselink.batch", "g.periods").setHint("eclipselink.batch.type", "IN")
                .getResultList();
        goals.forEach(g -> g.in(0));
        return goals;
    }

    @Override
    public boolean hasVersion(Programme programme, String version) {
        return em.createQuery("SELECT COUNT(g) FROM TrainingGoal g WHERE g.programme = :programme"
                        + " AND g.version = :version", Long.class)
                .setParameter("programme", programme).setParameter("version", version).getSingleResult() > 0;
    }

    @Override
    public void addGoals(List<TrainingGoal> goals) {
        goals.forEach(em::persist);
    }

    @Override
    public List<TrainingGoal> goals(List<Long> ids) {
        return ids.isEmpty() ? List.of() : em.createQuery("SELECT g FROM TrainingGoal g WHERE g.id IN :ids",
                TrainingGoal.class).setParameter("ids", ids).getResultList();
    }

    @Override
    public Optional<TrainingPlan> ofPeriod(long periodId) {
        List<TrainingPlan> plans = em.createQuery("SELECT t FROM TrainingPlan t WHERE t.period.id = :period",
                        TrainingPlan.class)
                .setParameter("period", periodId)
                .getResultList();
        plans.forEach(TrainingPlan::getGoals);
        return plans.stream().findFirst();
    }

    @Override
    public List<TrainingPlan> ofPeriods(List<PlacementPeriod> periods) {
        return periods.isEmpty() ? List.of() : em.createQuery("SELECT t FROM TrainingPlan t WHERE t.period IN :periods",
                TrainingPlan.class).setParameter("periods", periods).getResultList();
    }

    @Override
    public List<Assessment> assessments(TrainingPlan plan) {
        List<Assessment> all = em.createQuery("SELECT a FROM Assessment a WHERE a.plan = :plan"
                        + " ORDER BY a.kind DESC, a.revision DESC", Assessment.class)
                .setParameter("plan", plan)
                .setHint("eclipselink.batch", "a.marks").setHint("eclipselink.batch.type", "IN")
                .getResultList();
        all.forEach(Assessment::getMarks);
        return all;
    }

    @Override
    public List<Assessment> latestAssessments(List<TrainingPlan> plans) {
        return plans.isEmpty() ? List.of() : em.createQuery("SELECT a FROM Assessment a WHERE a.plan IN :plans"
                + " AND a.revision = (SELECT MAX(b.revision) FROM Assessment b WHERE b.plan = a.plan"
                + " AND b.kind = a.kind)", Assessment.class).setParameter("plans", plans).getResultList();
    }

    @Override
    public Optional<PeriodStatement> statement(long periodId) {
        return em.createQuery("SELECT s FROM PeriodStatement s WHERE s.period.id = :period", PeriodStatement.class)
                .setParameter("period", periodId).getResultList().stream().findFirst();
    }

    @Override
    public List<PeriodStatement> statements(List<PlacementPeriod> periods) {
        return periods.isEmpty() ? List.of() : em.createQuery("SELECT s FROM PeriodStatement s"
                + " WHERE s.period IN :periods", PeriodStatement.class).setParameter("periods", periods).getResultList();
    }

    @Override
    public List<Absence> absence(long periodId) {
        return em.createQuery("SELECT a FROM Absence a WHERE a.period.id = :period ORDER BY a.firstDay, a.id",
                Absence.class).setParameter("period", periodId).getResultList();
    }

    @Override
    public void add(PeriodStatement statement) {
        em.persist(statement);
    }

    @Override
    public void add(Absence absence) {
        em.persist(absence);
    }

    @Override
    public List<PlanShare> activeShares(long periodId) {
        return em.createQuery("SELECT s FROM PlanShare s WHERE s.period.id = :period AND s.withdrawnAt IS NULL",
                PlanShare.class).setParameter("period", periodId).getResultList();
    }

    @Override
    public boolean sharedWithMentor(long periodId, Long profileId, LocalDate day) {
        return profileId != null && ((Number) em.createNativeQuery("SELECT count(*) FROM plan_share s"
                        + " JOIN assignment a ON a.id = s.assignment_id WHERE s.period_id = ?1 AND s.withdrawn_at IS NULL"
                        + " AND a.profile_id = ?2 AND a.kind = 'MENTOR' AND " + Assignment.validOnSql("a", "?3"))
                .setParameter(1, periodId).setParameter(2, profileId).setParameter(3, java.sql.Date.valueOf(day))
                .getSingleResult()).longValue() > 0;
    }

    @Override
    public void add(PlanShare share) {
        em.persist(share);
    }

    @Override
    public void add(TrainingPlan plan) {
        em.persist(plan);
    }

    @Override
    public void add(Assessment assessment) {
        em.persist(assessment);
    }
}
