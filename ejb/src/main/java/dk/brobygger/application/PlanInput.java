package dk.brobygger.application;

import java.time.LocalDate;

/**
 * A training plan as written (each writer's own part is used: docs/training-plan.md): the student's own goals, what
 * the school has taught that the placement can build on, and the dates of the midterm and final conversations.
 */
public record PlanInput(String studentGoals, String schoolPart, LocalDate midterm, LocalDate last) {
}
