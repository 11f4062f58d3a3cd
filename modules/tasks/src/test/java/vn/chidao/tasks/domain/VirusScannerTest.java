package vn.chidao.tasks.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

/**
 * The INSTREAM conversation, against a stand-in for the daemon (the real daemon is asked in the integration tests):
 * what is sent, and that every answer other than OK or FOUND — and no answer at all — is "unavailable", never "clean".
 */
class VirusScannerTest {

    @Test
    void sendsTheFileInLengthPrefixedChunksEndedByZeroAndReadsTheVerdict() throws Exception {
        byte[] file = new byte[150_000];
        file[149_999] = 7;
        try (ServerSocket daemon = new ServerSocket(0)) {
            CompletableFuture<byte[]> received = answer(daemon, "stream: OK\0");
            assertThat(scanner(daemon).scan(file)).isEmpty();
            assertThat(received.get()).isEqualTo(file);
        }
        try (ServerSocket daemon = new ServerSocket(0)) {
            answer(daemon, "stream: Win.Test.EICAR_HDB-1 FOUND\0");
            assertThat(scanner(daemon).scan(file)).contains("Win.Test.EICAR_HDB-1");
        }
    }

    @Test
    void anErrorLineAClosedConnectionOrNoDaemonIsUnavailable() throws Exception {
        try (ServerSocket daemon = new ServerSocket(0)) {
            answer(daemon, "INSTREAM size limit exceeded. ERROR\0");
            assertThatThrownBy(() -> scanner(daemon).scan(new byte[10])).isInstanceOf(VirusScanner.Unavailable.class)
                    .hasMessageContaining("size limit");
        }
        try (ServerSocket daemon = new ServerSocket(0)) {
            answer(daemon, "");
            assertThatThrownBy(() -> scanner(daemon).scan(new byte[10])).isInstanceOf(VirusScanner.Unavailable.class);
        }
        int closed;
        try (ServerSocket gone = new ServerSocket(0)) {
            closed = gone.getLocalPort();
        }
        VirusScanner nobody = new VirusScanner("127.0.0.1", closed, Duration.ofSeconds(2));
        assertThatThrownBy(() -> nobody.scan(new byte[10])).isInstanceOf(VirusScanner.Unavailable.class);
        assertThat(nobody.ping()).isFalse();
    }

    private static VirusScanner scanner(ServerSocket daemon) {
        return new VirusScanner("127.0.0.1", daemon.getLocalPort(), Duration.ofSeconds(5));
    }

    /** Accepts one connection, reads the INSTREAM command and chunks, answers {@code reply}; completes with the bytes. */
    private static CompletableFuture<byte[]> answer(ServerSocket daemon, String reply) {
        return CompletableFuture.supplyAsync(() -> {
            try (Socket client = daemon.accept()) {
                DataInputStream in = new DataInputStream(client.getInputStream());
                byte[] command = new byte["zINSTREAM\0".length()];
                in.readFully(command);
                assertThat(new String(command, StandardCharsets.US_ASCII)).isEqualTo("zINSTREAM\0");
                ByteArrayOutputStream file = new ByteArrayOutputStream();
                for (int length = in.readInt(); length > 0; length = in.readInt()) {
                    assertThat(length).isLessThanOrEqualTo(64 * 1024);
                    file.write(in.readNBytes(length));
                }
                client.getOutputStream().write(reply.getBytes(StandardCharsets.US_ASCII));
                return file.toByteArray();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
