package vn.chidao.tasks.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.chidao.tasks.Deadline;
import vn.chidao.tasks.DeadlineKind;
import vn.chidao.tasks.Recurrence;

class DeadlinesTest {

    private static final LocalDate ASSIGNED = LocalDate.of(2025, 2, 10);

    private static Deadline read(String text) {
        return Deadlines.parse(text, ASSIGNED).orElseThrow(() -> new AssertionError("unreadable: " + text));
    }

    @Test
    void readsDatesAsVietnameseAndIsoWriteThem() {
        assertThat(read("30/6/2025")).isEqualTo(Deadline.on(LocalDate.of(2025, 6, 30)));
        assertThat(read("05/09/2025").due()).isEqualTo(LocalDate.of(2025, 9, 5));
        assertThat(read("2025-12-31").due()).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void aPeriodIsDueOnItsLastDay() {
        assertThat(read("Quý II/2025")).isEqualTo(new Deadline(DeadlineKind.PERIOD, LocalDate.of(2025, 6, 30), "Quý II/2025", null));
        assertThat(read("quý IV năm 2025").due()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(read("Quý 1/2026").due()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(read("Năm 2025").due()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(read("Trong năm 2025").due()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(read("Tháng 2/2024").due()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(read("6 tháng đầu năm 2025").due()).isEqualTo(LocalDate.of(2025, 6, 30));
    }

    @Test
    void recurringWorkOwesOneReportPerPeriod() {
        Deadline quarterly = read("Hằng quý");
        assertThat(quarterly.kind()).isEqualTo(DeadlineKind.RECURRING);
        assertThat(quarterly.recurrence()).isEqualTo(Recurrence.QUARTERLY);
        assertThat(quarterly.due()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(read("Thường xuyên").recurrence()).isEqualTo(Recurrence.QUARTERLY);
        assertThat(read("Thường xuyên").kind()).isEqualTo(DeadlineKind.ONGOING);
        assertThat(read("hằng tháng").due()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(Deadlines.periodEnd(Recurrence.QUARTERLY, LocalDate.of(2025, 3, 31).plusDays(1))).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(Deadlines.periodEnd(Recurrence.YEARLY, LocalDate.of(2025, 12, 31).plusDays(1))).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void bareYearsAndDaysWithTheirWordsAsAppendicesWriteThem() {
        assertThat(read("2025")).isEqualTo(new Deadline(DeadlineKind.PERIOD, LocalDate.of(2025, 12, 31), "2025", null));
        assertThat(read("trước 30/6/2025").due()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(read("Trước ngày 15/12/2025").due()).isEqualTo(LocalDate.of(2025, 12, 15));
        assertThat(read("trong năm 2026").due()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(Deadlines.parse("12345", ASSIGNED)).isEmpty();
    }

    @Test
    void recurringWorkAsPlansWriteIt() {
        Deadline yearly = read("Hằng năm, đến năm 2025");
        assertThat(yearly.kind()).isEqualTo(DeadlineKind.RECURRING);
        assertThat(yearly.recurrence()).isEqualTo(Recurrence.YEARLY);
        assertThat(yearly.until()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(read("thường xuyên, giai đoạn 2021 - 2025").until()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(read("6 tháng/lần").recurrence()).isEqualTo(Recurrence.HALF_YEARLY);
        assertThat(read("Định kỳ 6 tháng").recurrence()).isEqualTo(Recurrence.HALF_YEARLY);
        Deadline monthly = read("Hằng tháng (trước ngày 20)");
        assertThat(monthly.reportDay()).isEqualTo(20);
        assertThat(monthly.due()).isEqualTo(LocalDate.of(2025, 2, 20));
        assertThat(read("6 tháng đầu năm 2025").kind()).isEqualTo(DeadlineKind.PERIOD);
        assertThat(Deadlines.parse("hằng năm, đến 2025", LocalDate.of(2026, 11, 30)).orElseThrow().due())
                .as("a part ended before it is taken in owes its last period").isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void workAssignedOnAPeriodsLastDayFirstReportsAtTheEndOfTheNext() {
        assertThat(Deadlines.parse("hằng quý", LocalDate.of(2024, 12, 31)).orElseThrow().due()).isEqualTo(LocalDate.of(2025, 3, 31));
    }

    @Test
    void unknownTextIsNotGuessed() {
        assertThat(Deadlines.parse("sớm nhất có thể", ASSIGNED)).isEmpty();
        assertThat(Deadlines.parse("31/02/2025", ASSIGNED)).isEmpty();
        assertThat(Deadlines.parse("tháng 13/2025", ASSIGNED)).isEmpty();
        assertThat(Deadlines.parse("", ASSIGNED)).isEmpty();
    }
}
