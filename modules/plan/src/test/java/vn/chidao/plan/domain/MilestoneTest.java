package vn.chidao.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.plan.Direction;
import vn.chidao.plan.MeasurementView;
import vn.chidao.plan.MilestoneKind;
import vn.chidao.plan.Pillar;
import vn.chidao.plan.TargetId;
import vn.chidao.plan.TargetStanding;

/** Horizons as plans word them, read exactly or not at all, and judged as written. */
class MilestoneTest {

    private static final LocalDate END_2025 = LocalDate.of(2025, 12, 31);

    private static Milestone read(String text, String unit) {
        return Milestone.read(text, END_2025, unit).orElseThrow(() -> new AssertionError("unreadable: " + text));
    }

    private static MeasurementView measured(String day, String value) {
        return new MeasurementView(1, new TargetId(1), new BigDecimal(value), LocalDate.parse(day), null, null, "test");
    }

    @Test
    void rangesFloorsCeilingsRatesAndValuesAsPlansWriteThem() {
        assertThat(read("15% đến 20%", "%")).satisfies(m -> {
            assertThat(m.kind()).isEqualTo(MilestoneKind.RANGE);
            assertThat(m.written("%")).isEqualTo("15–20%");
        });
        assertThat(read("15 đến 20", "%").written("%")).isEqualTo("15–20%");
        assertThat(read("Trên 80", "%").written("%")).isEqualTo("≥ 80%");
        assertThat(read("tối thiểu 80%", "%").kind()).isEqualTo(MilestoneKind.AT_LEAST);
        assertThat(read("không quá 5%", "%").written("%")).isEqualTo("≤ 5%");
        assertThat(read("dưới 10 ngày", "ngày").written("ngày")).isEqualTo("≤ 10 ngày");
        assertThat(read("tăng bình quân tối thiểu 7%/năm", "tỷ đồng").written("tỷ đồng")).isEqualTo("≥ 7%/năm");
        assertThat(read("Tối thiểu 7%/năm", "%").kind()).isEqualTo(MilestoneKind.ANNUAL_RATE);
        assertThat(read("Đạt 100%", "%").written("%")).isEqualTo("100%");
        assertThat(read("99,8%", "%").written("%")).isEqualTo("99,8%");
        assertThat(read("1.520 doanh nghiệp", "doanh nghiệp").written("doanh nghiệp")).isEqualTo("1.520 doanh nghiệp");
    }

    @Test
    void wordsThatAreNotAHorizonAreNotGuessed() {
        for (String text : new String[] {"phấn đấu tăng mạnh", "20% đến 15%", "", "khoảng", "15 hoặc 20", "1,2,3", "tăng 10%", "giảm 5%"}) {
            assertThat(Milestone.read(text, END_2025, "%")).as(text).isEmpty();
        }
    }

    @Test
    void withoutABaselineTheFirstMeasurementIsTheStartAndReachingTheFloorOfTheRangeIsReaching() {
        Milestone range = read("15% đến 20%", "%");
        List<MeasurementView> half = List.of(measured("2025-06-30", "14.2"));
        assertThat(range.standing(null, null, Direction.HIGHER_IS_BETTER, half, LocalDate.of(2025, 7, 1))).isEqualTo(TargetStanding.ON_TRACK);
        assertThat(range.standing(null, null, Direction.HIGHER_IS_BETTER, half, LocalDate.of(2026, 1, 2))).isEqualTo(TargetStanding.OFF_TRACK);
        assertThat(range.standing(null, null, Direction.HIGHER_IS_BETTER,
                List.of(measured("2025-06-30", "14.2"), measured("2025-12-31", "16.5")), LocalDate.of(2026, 1, 2)))
                .isEqualTo(TargetStanding.ON_TRACK);
        assertThat(range.standing(null, null, Direction.HIGHER_IS_BETTER, List.of(), LocalDate.of(2025, 7, 1))).isEqualTo(TargetStanding.NO_DATA);
    }

    @Test
    void aYearlyRateIsJudgedYearByYearNotAsAStraightLine() {
        Milestone rate = Milestone.read("tăng bình quân tối thiểu 20%/năm", LocalDate.of(2030, 12, 31), "tỷ đồng").orElseThrow();
        LocalDate day = LocalDate.of(2026, 3, 1);
        assertThat(rate.standing(null, null, Direction.HIGHER_IS_BETTER, List.of(measured("2024-12-31", "10000")), day))
                .isEqualTo(TargetStanding.NO_DATA);
        assertThat(rate.standing(null, null, Direction.HIGHER_IS_BETTER,
                List.of(measured("2024-12-31", "10000"), measured("2025-12-31", "12500")), day)).isEqualTo(TargetStanding.ON_TRACK);
        assertThat(rate.standing(null, null, Direction.HIGHER_IS_BETTER,
                List.of(measured("2024-12-31", "10000"), measured("2025-12-31", "11800")), day)).isEqualTo(TargetStanding.AT_RISK);
        assertThat(rate.standing(null, null, Direction.HIGHER_IS_BETTER,
                List.of(measured("2024-12-31", "10000"), measured("2025-12-31", "10500")), day)).isEqualTo(TargetStanding.OFF_TRACK);
    }

    @Test
    void aFallingRateIsReachedFromBelow() {
        Milestone fall = Milestone.read("giảm bình quân tối thiểu 5%/năm", LocalDate.of(2030, 12, 31), "vụ").orElseThrow();
        assertThat(fall.written("vụ")).isEqualTo("≤ -5%/năm");
        LocalDate day = LocalDate.of(2026, 3, 1);
        assertThat(fall.standing(null, null, Direction.LOWER_IS_BETTER,
                List.of(measured("2024-12-31", "100"), measured("2025-12-31", "93")), day)).isEqualTo(TargetStanding.ON_TRACK);
        assertThat(fall.standing(null, null, Direction.LOWER_IS_BETTER,
                List.of(measured("2024-12-31", "100"), measured("2025-12-31", "95.5")), day)).isEqualTo(TargetStanding.AT_RISK);
        assertThat(fall.standing(null, null, Direction.LOWER_IS_BETTER,
                List.of(measured("2024-12-31", "100"), measured("2025-12-31", "99")), day)).isEqualTo(TargetStanding.OFF_TRACK);
    }

    @Test
    void aPercentageOver100IsRefusedNotSaved() {
        assertThatThrownBy(() -> new Target(1L, Pillar.DIGITAL_ECONOMY, "Tỷ trọng kinh tế số", "%", null, null,
                List.of(read("1520", "%")), Direction.HIGHER_IS_BETTER)).isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).problems().get(0).field()).isEqualTo("milestones"));
        assertThatThrownBy(() -> new Target(1L, Pillar.DIGITAL_ECONOMY, "Tỷ trọng kinh tế số", "%", new BigDecimal("10"), null,
                List.of(read("20", "%")), Direction.HIGHER_IS_BETTER)).as("a baseline without its date").isInstanceOf(RuleViolation.class);
        Target twoHorizons = new Target(1L, Pillar.DIGITAL_ECONOMY, "Tỷ trọng kinh tế số", "%", null, null,
                List.of(Milestone.read("tối thiểu 30%", LocalDate.of(2030, 12, 31), "%").orElseThrow(), read("15% đến 20%", "%")),
                Direction.HIGHER_IS_BETTER);
        assertThat(twoHorizons.view(List.of(), LocalDate.of(2026, 1, 1)).written()).isEqualTo("2025: 15–20%; 2030: ≥ 30%");
        assertThat(twoHorizons.view(List.of(), LocalDate.of(2026, 1, 1)).baseline()).as("no invented baseline").isNull();
    }
}
