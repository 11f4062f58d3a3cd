package vn.chidao.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void readsAmountsAsPlansWriteThem() {
        assertThat(Money.parse("12,8 tỷ đồng")).contains(12_800_000_000L);
        assertThat(Money.parse("12,8 tỷ")).contains(12_800_000_000L);
        assertThat(Money.parse("70 tỉ đồng")).contains(70_000_000_000L);
        assertThat(Money.parse("450 triệu")).contains(450_000_000L);
        assertThat(Money.parse("1.200.000.000")).contains(1_200_000_000L);
        assertThat(Money.parse("1.200.000.000 đ")).contains(1_200_000_000L);
        assertThat(Money.parse("12800000000")).contains(12_800_000_000L);
        assertThat(Money.parse("500 nghìn đồng")).contains(500_000L);
        assertThat(Money.parse("-5 triệu")).contains(-5_000_000L);
    }

    @Test
    void refusesWhatIsNotAnAmountOfWholeDong() {
        assertThat(Money.parse("15 đến 20 tỷ")).isEmpty();
        assertThat(Money.parse("khoảng 5 tỷ")).isEmpty();
        assertThat(Money.parse("12,5")).as("half a đồng").isEmpty();
        assertThat(Money.parse("tỷ")).isEmpty();
        assertThat(Money.parse("")).isEmpty();
        assertThat(Money.parse("99999999999 tỷ")).as("beyond any budget a long can hold").isEmpty();
    }

    @Test
    void writesAmountsAsReportsReadThem() {
        assertThat(Money.words(12_800_000_000L)).isEqualTo("12,8 tỷ đồng");
        assertThat(Money.words(70_000_000_000L)).isEqualTo("70 tỷ đồng");
        assertThat(Money.words(1_234_567_890L)).isEqualTo("1,23 tỷ đồng");
        assertThat(Money.words(450_000_000L)).isEqualTo("450 triệu đồng");
        assertThat(Money.words(950_000L)).isEqualTo("950.000 đồng");
        assertThat(Money.exact(12_800_000_000L)).isEqualTo("12.800.000.000");
    }
}
