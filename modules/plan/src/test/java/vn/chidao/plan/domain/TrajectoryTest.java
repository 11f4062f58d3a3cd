package vn.chidao.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.chidao.plan.TargetStanding;

class TrajectoryTest {

    // "Tỷ lệ hồ sơ TTHC xử lý hoàn toàn trực tuyến đạt 75%" in 2025, from 55% at the end of 2024
    private final Trajectory online = new Trajectory(new BigDecimal("55"), LocalDate.of(2024, 12, 31),
            new BigDecimal("75"), LocalDate.of(2025, 12, 31));

    @Test
    void theLineRunsStraightFromBaselineToTarget() {
        assertThat(online.expectedValue(LocalDate.of(2024, 12, 31))).isEqualByComparingTo("55");
        assertThat(online.expectedValue(LocalDate.of(2025, 7, 2))).isEqualByComparingTo("65.03"); // day 183 of 365
        assertThat(online.expectedValue(LocalDate.of(2025, 12, 31))).isEqualByComparingTo("75");
        assertThat(online.expectedValue(LocalDate.of(2026, 6, 1))).isEqualByComparingTo("75");
    }

    @Test
    void aMeasurementOnOrAboveTheLineIsOnTrack() {
        assertThat(online.standing(new BigDecimal("66"), LocalDate.of(2025, 7, 2), LocalDate.of(2025, 8, 1)))
                .isEqualTo(TargetStanding.ON_TRACK);
    }

    @Test
    void slightlyBelowTheLineIsAtRiskAndFurtherBelowIsOffTrack() {
        // half-way in time asks for 65; 63.5 is 7.5% of the way behind, 60 is 25% behind
        assertThat(online.standing(new BigDecimal("63.5"), LocalDate.of(2025, 7, 2), LocalDate.of(2025, 8, 1)))
                .isEqualTo(TargetStanding.AT_RISK);
        assertThat(online.standing(new BigDecimal("60"), LocalDate.of(2025, 7, 2), LocalDate.of(2025, 8, 1)))
                .isEqualTo(TargetStanding.OFF_TRACK);
    }

    @Test
    void aReachedTargetIsOnTrackEvenAfterItsDate() {
        assertThat(online.standing(new BigDecimal("76"), LocalDate.of(2025, 12, 1), LocalDate.of(2026, 3, 1)))
                .isEqualTo(TargetStanding.ON_TRACK);
    }

    @Test
    void anUnreachedTargetIsOffTrackOnceItsDateHasPassed() {
        assertThat(online.standing(new BigDecimal("74"), LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 1)))
                .isEqualTo(TargetStanding.OFF_TRACK);
    }

    @Test
    void lowerIsBetterTargetsWorkTheSameWay() {
        // security incidents per year: from 40 down to 20
        Trajectory incidents = new Trajectory(new BigDecimal("40"), LocalDate.of(2024, 12, 31),
                new BigDecimal("20"), LocalDate.of(2025, 12, 31));

        assertThat(incidents.standing(new BigDecimal("29"), LocalDate.of(2025, 7, 2), LocalDate.of(2025, 8, 1)))
                .isEqualTo(TargetStanding.ON_TRACK);
        assertThat(incidents.standing(new BigDecimal("38"), LocalDate.of(2025, 7, 2), LocalDate.of(2025, 8, 1)))
                .isEqualTo(TargetStanding.OFF_TRACK);
    }

    @Test
    void noMeasurementMeansNoData() {
        assertThat(online.standing(null, null, LocalDate.of(2025, 8, 1))).isEqualTo(TargetStanding.NO_DATA);
    }
}
