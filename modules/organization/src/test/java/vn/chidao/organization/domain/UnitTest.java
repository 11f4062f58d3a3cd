package vn.chidao.organization.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.UnitKind;

class UnitTest {

    private static final LocalDate MERGER = LocalDate.of(2025, 3, 1);

    private static Unit department(String code) {
        return new Unit(code, "Sở " + code, null, UnitKind.PROVINCIAL_DEPARTMENT, null, null, List.of());
    }

    @Test
    void mergedUnitEndsTheDayBeforeItsSuccessorTakesOver() {
        Unit ict = department("STTTT");
        Unit science = department("SKHCN");

        ict.mergeInto(science, MERGER);

        assertThat(ict.effectiveTo()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(ict.existsOn(LocalDate.of(2025, 2, 28))).isTrue();
        assertThat(ict.existsOn(MERGER)).isFalse();
        assertThat(ict.successor()).isSameAs(science);
    }

    @Test
    void successorAnswersForTheWorkFromTheMergerOn() {
        Unit ict = department("STTTT");
        Unit science = department("SKHCN");
        ict.mergeInto(science, MERGER);

        assertThat(ict.successionOn(LocalDate.of(2025, 2, 28))).containsExactly(ict);
        assertThat(ict.successionOn(MERGER)).containsExactly(ict, science);
    }

    @Test
    void successionFollowsSeveralMergers() {
        Unit a = department("A");
        Unit b = department("B");
        Unit c = department("C");
        a.mergeInto(b, MERGER);
        b.mergeInto(c, LocalDate.of(2025, 7, 1));

        assertThat(a.successionOn(LocalDate.of(2025, 5, 1))).containsExactly(a, b);
        assertThat(a.successionOn(LocalDate.of(2026, 1, 1))).containsExactly(a, b, c);
    }

    @Test
    void refusesToMergeAUnitIntoItself() {
        Unit ict = department("STTTT");

        assertThatThrownBy(() -> ict.mergeInto(ict, MERGER))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.kind()).isEqualTo(RuleViolation.Kind.INVALID);
                    assertThat(v.problems().get(0).messageKey()).isEqualTo("unit.merge.self");
                });
        assertThat(ict.effectiveTo()).isNull();
    }

    @Test
    void refusesASuccessorThatNoLongerExistsOnTheMergerDate() {
        Unit planning = department("SKHDT");
        Unit finance = department("STC");
        Unit ict = department("STTTT");
        planning.mergeInto(finance, MERGER);

        assertThatThrownBy(() -> ict.mergeInto(planning, LocalDate.of(2025, 6, 1)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.kind()).isEqualTo(RuleViolation.Kind.CONFLICT));
        assertThat(ict.effectiveTo()).isNull();
        assertThat(ict.successor()).isNull();
    }

    @Test
    void refusesToMergeAUnitThatHasAlreadyEnded() {
        Unit ict = department("STTTT");
        ict.mergeInto(department("SKHCN"), MERGER);

        assertThatThrownBy(() -> ict.mergeInto(department("STC"), LocalDate.of(2025, 6, 1)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.kind()).isEqualTo(RuleViolation.Kind.CONFLICT));
    }

    @Test
    void refusesAMergerThatWouldMakeTheSuccessionCircular() {
        Unit a = department("A");
        Unit b = department("B");
        Unit c = department("C");
        // b is to merge into a in the future, so a may not merge into b now
        b.mergeInto(a, LocalDate.of(2026, 1, 1));
        assertThatThrownBy(() -> a.mergeInto(b, MERGER)).isInstanceOf(RuleViolation.class);
        assertThat(c.successionOn(MERGER)).containsExactly(c);
    }
}
