package vn.chidao.app.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.chidao.kernel.Messages;

/**
 * Request bodies are capped before anything parses them (ASVS 5.0, 4.x): a JSON body at 1 MB, an upload at twice the
 * evidence limit plus its form's overhead. A declared length over the cap is refused at once (413, in the caller's language); a
 * body sent without a length is cut off where it passes the cap, and the parser then fails on it as on any bad body.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class RequestLimits extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final long JSON_BYTES = 1024 * 1024;
    private static final long FORM_OVERHEAD = 1024 * 1024;

    @Inject
    @ConfigProperty(name = "chidao.evidence.maxBytes", defaultValue = "20971520")
    long evidenceBytes;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        // an upload a little over the evidence limit still reaches the check that names the file and the limit (400)
        long limit = type.startsWith("multipart/") ? 2 * evidenceBytes + FORM_OVERHEAD : JSON_BYTES;
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            response.setStatus(413);
            response.setHeader("Cache-Control", "no-store");
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write(Json.createObjectBuilder().add("status", 413)
                    .add("message", Messages.text(Messages.fromAcceptLanguage(request.getHeader("Accept-Language")), "request.tooLarge",
                            limit / (1024 * 1024))).build().toString());
            return;
        }
        chain.doFilter(declared < 0 ? new Capped(request, limit) : request, response);
    }

    /** A body without a declared length, read no further than the cap. */
    private static final class Capped extends HttpServletRequestWrapper {
        private final long limit;

        Capped(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    if (read >= limit) {
                        throw new IOException("request body over " + limit + " bytes");
                    }
                    int b = in.read();
                    if (b >= 0) {
                        read++;
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    if (read >= limit) {
                        throw new IOException("request body over " + limit + " bytes");
                    }
                    int n = in.read(buffer, offset, (int) Math.min(length, limit - read));
                    if (n > 0) {
                        read += n;
                    }
                    return n;
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
