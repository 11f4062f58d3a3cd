package vn.chidao.tasks.domain;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * A ClamAV daemon ({@code clamd}) asked over TCP with its INSTREAM command: the bytes go to the daemon in chunks,
 * the daemon answers {@code stream: OK} or {@code stream: <signature> FOUND}. Archives are unpacked by the daemon.
 * Anything else (no daemon, a timeout, a size limit, an error line) is {@link Unavailable}: the caller refuses the
 * file rather than keeping it unscanned.
 */
public final class VirusScanner {

    /** The daemon could not give a verdict. */
    public static final class Unavailable extends Exception {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final int CHUNK = 64 * 1024;

    private final String host;
    private final int port;
    private final Duration timeout;

    public VirusScanner(String host, int port, Duration timeout) {
        this.host = host;
        this.port = port;
        this.timeout = timeout;
    }

    /** The signature the daemon found, or empty for a clean file. */
    public Optional<String> scan(byte[] content) throws Unavailable {
        String answer = ask(out -> {
            out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
            DataOutputStream data = new DataOutputStream(out);
            for (int offset = 0; offset < content.length; offset += CHUNK) {
                int length = Math.min(CHUNK, content.length - offset);
                data.writeInt(length);
                data.write(content, offset, length);
            }
            data.writeInt(0);
            data.flush();
        });
        if (answer.endsWith(" OK")) {
            return Optional.empty();
        }
        if (answer.endsWith(" FOUND")) {
            String found = answer.substring(answer.indexOf(':') + 1, answer.length() - " FOUND".length()).strip();
            return Optional.of(found);
        }
        throw new Unavailable("clamd answered: " + answer, null);
    }

    /** Whether the daemon answers PING with PONG. */
    public boolean ping() {
        try {
            return ask(out -> out.write("zPING\0".getBytes(StandardCharsets.US_ASCII))).equals("PONG");
        } catch (Unavailable e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }

    private interface Request {
        void send(OutputStream out) throws IOException;
    }

    private String ask(Request request) throws Unavailable {
        try (Socket socket = new Socket()) {
            int millis = (int) timeout.toMillis();
            socket.connect(new InetSocketAddress(host, port), millis);
            socket.setSoTimeout(millis);
            OutputStream out = socket.getOutputStream();
            try {
                request.send(out);
                out.flush();
            } catch (IOException e) {
                // the daemon may stop reading (size limit) and close: its answer says why
                String answer = read(socket.getInputStream());
                throw new Unavailable(answer.isEmpty() ? "clamd closed the connection" : "clamd answered: " + answer, e);
            }
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new Unavailable("clamd at " + this + " did not answer: " + e.getMessage(), e);
        }
    }

    private static String read(InputStream in) {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        try {
            for (int b = in.read(); b > 0; b = in.read()) {
                answer.write(b);
                if (answer.size() > 1024) {
                    break;
                }
            }
        } catch (IOException e) {
            // what was read so far is the answer
        }
        return answer.toString(StandardCharsets.US_ASCII).strip();
    }
}
