package dk.brobygger.api;

import dk.brobygger.application.StudentFile;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * No body larger than the largest the API takes, the students file (5 MB): refused with 413 from its declared
 * length before it is read, or once a body without one has passed the limit.
 */
@Provider
@PreMatching
public class BodyLimit implements ContainerRequestFilter {

    static final int MAX_BYTES = StudentFile.MAX_BYTES;
    private static final int MEGABYTE = 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > MAX_BYTES) {
            throw tooLarge();
        }
        request.setEntityStream(new Limited(request.getEntityStream()));
    }

    private static ProblemException tooLarge() {
        return new ProblemException(413, "api.body.tooLarge", MAX_BYTES / MEGABYTE);
    }

    /** A body counted as it is read. */
    private static final class Limited extends FilterInputStream {

        private long read;

        Limited(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > MAX_BYTES) {
                throw tooLarge();
            }
        }
    }
}
