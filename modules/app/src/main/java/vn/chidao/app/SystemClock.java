package vn.chidao.app;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one clock every module asks for "today". Deadlines are Vietnamese calendar days, so the
 * zone is the province's, not the server's.
 */
@ApplicationScoped
public class SystemClock {

    @Inject
    @ConfigProperty(name = "chidao.timezone", defaultValue = "Asia/Ho_Chi_Minh")
    String zone;

    @Produces
    Clock clock() {
        return Clock.system(ZoneId.of(zone));
    }
}
