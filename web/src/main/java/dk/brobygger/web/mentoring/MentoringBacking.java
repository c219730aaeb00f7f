package dk.brobygger.web.mentoring;

import dk.brobygger.application.MentoringReadService;
import dk.brobygger.application.MentoringView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** A student's mentoring on their page, asked of the service in every request. */
@Named
@RequestScoped
public class MentoringBacking {

    @EJB
    private MentoringReadService service;

    private MentoringView view;

    public MentoringView of(long studentId) {
        if (view == null) {
            view = service.mentoringOf(studentId);
        }
        return view;
    }
}
