package vn.chidao.app.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import vn.chidao.kernel.Messages;
import vn.chidao.organization.IdempotencyKeys;

/**
 * A POST that carries an {@code Idempotency-Key} is done once: sent again by the same person to the same place with the same
 * key (a phone retrying on a weak network, a double click), it answers what the first one answered — one progress report,
 * one evidence file, one mail — with {@code Idempotent-Replayed: true}; a copy arriving while the first is still being
 * handled gets 409. An answer of the server's own failure (5xx) is not kept, so the request may be sent again.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class IdempotentRequests extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final int MAX_KEY = 255;

    @Inject
    IdempotencyKeys keys;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String key = request.getHeader("Idempotency-Key");
        if (!"POST".equals(request.getMethod()) || key == null || key.isBlank() || request.getUserPrincipal() == null) {
            chain.doFilter(request, response);
            return;
        }
        if (key.length() > MAX_KEY) {
            refuse(request, response, 400, "request.idempotencyKey");
            return;
        }
        String path = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        IdempotencyKeys.Claim claim = keys.claim(request.getUserPrincipal().getName(), request.getMethod(), path, key.strip());
        if (claim instanceof IdempotencyKeys.Repeat repeat) {
            response.setStatus(repeat.status());
            response.setHeader("Idempotent-Replayed", "true");
            if (repeat.contentType() != null) {
                response.setContentType(repeat.contentType());
            }
            if (repeat.location() != null) {
                response.setHeader("Location", repeat.location());
            }
            response.getOutputStream().write(repeat.body());
            return;
        }
        if (claim instanceof IdempotencyKeys.Running) {
            refuse(request, response, 409, "request.inProgress");
            return;
        }
        String first = ((IdempotencyKeys.First) claim).key();
        Capture capture = new Capture(response);
        try {
            chain.doFilter(request, capture);
        } catch (IOException | ServletException | RuntimeException failed) {
            keys.forget(first);
            throw failed;
        }
        byte[] body = capture.body();
        if (capture.getStatus() >= 500) {
            keys.forget(first);
        } else {
            keys.answered(first, capture.getStatus(), capture.getContentType(), capture.getHeader("Location"), body);
        }
        response.getOutputStream().write(body);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String key) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(Json.createObjectBuilder().add("status", status)
                .add("message", Messages.text(Messages.fromAcceptLanguage(request.getHeader("Accept-Language")), key)).build().toString());
    }

    /** The answer's body kept aside while it is written, headers and status going straight through. */
    private static final class Capture extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private PrintWriter writer;
        private ServletOutputStream stream;

        Capture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        bytes.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        bytes.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("synchronous only");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String encoding = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
                writer = new PrintWriter(new OutputStreamWriter(bytes, java.nio.charset.Charset.forName(encoding)), true);
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public void setContentLength(int length) {
            // the body is written again after the chain; its length is the response's business then
        }

        @Override
        public void setContentLengthLong(long length) {
            // as above
        }

        byte[] body() {
            if (writer != null) {
                writer.flush();
            }
            return bytes.toByteArray();
        }
    }
}
