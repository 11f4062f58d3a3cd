package vn.chidao.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

class TickingTest {

    private static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");

    private static ZonedDateTime at(int day, int hour, int minute, int second) {
        return ZonedDateTime.of(2026, 11, day, hour, minute, second, 0, PROVINCE);
    }

    @Test
    void theDailyTimeIsTodaysUntilItHasComeThenTomorrows() {
        assertThat(Ticking.daily(at(30, 5, 59, 59), 6, 0)).isEqualTo(at(30, 6, 0, 0));
        assertThat(Ticking.daily(at(30, 6, 0, 0), 6, 0)).as("once run at 6:00, next at 6:00 tomorrow").isEqualTo(at(30, 6, 0, 0).plusDays(1));
        assertThat(Ticking.daily(at(30, 23, 59, 0), 0, 5)).isEqualTo(at(30, 0, 5, 0).plusDays(1));
    }

    @Test
    void theHourlyTimeIsThisHoursUntilItHasComeThenTheNextHours() {
        assertThat(Ticking.hourly(at(30, 7, 19, 0), 20)).isEqualTo(at(30, 7, 20, 0));
        assertThat(Ticking.hourly(at(30, 7, 20, 0), 20)).isEqualTo(at(30, 8, 20, 0));
        assertThat(Ticking.hourly(at(30, 23, 45, 0), 20)).isEqualTo(at(30, 0, 20, 0).plusDays(1));
    }
}
