package vn.chidao.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one clock every module asks for "today". Deadlines are Vietnamese calendar days, so the
 * zone is the province's, not the server's. Tests inside the server move it forward to watch
 * status classes change as dates pass; nothing else does.
 */
@ApplicationScoped
public class SystemClock extends Clock {

    @Inject
    @ConfigProperty(name = "chidao.timezone", defaultValue = "Asia/Ho_Chi_Minh")
    String zoneName;

    private ZoneId zone;
    private volatile Duration shift = Duration.ZERO;

    @PostConstruct
    void init() {
        zone = ZoneId.of(zoneName);
    }

    /** Moves "now" by {@code amount} from the real time; {@link Duration#ZERO} puts it back. */
    public void shift(Duration amount) {
        shift = amount;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return Clock.offset(Clock.system(other), shift);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(shift);
    }
}
