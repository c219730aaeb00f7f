package dk.brobygger.web.layout;

import dk.brobygger.infrastructure.persistence.StatementCounter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * For the benchmark only (BROBYGGER_COUNT_STATEMENTS=true, off by default): tells in the response header
 * {@value #HEADER} how many SQL statements the page view sent to the database. The page is held in the response
 * buffer until then, so that the header can still be set.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class StatementCountFilter extends HttpFilter {

    static final String HEADER = "X-SQL-Statements";
    private static final int PAGE_BUFFER = 4 * 1024 * 1024;

    private boolean counting;

    @Override
    public void init() {
        counting = ConfigProvider.getConfig().getOptionalValue("brobygger.count-statements", Boolean.class)
                .orElse(false);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!counting) {
            chain.doFilter(request, response);
            return;
        }
        response.setBufferSize(PAGE_BUFFER);
        StatementCounter.start();
        try {
            chain.doFilter(request, response);
        } finally {
            int statements = StatementCounter.stop();
            if (!response.isCommitted()) {
                response.setHeader(HEADER, Integer.toString(statements));
            }
        }
    }
}
