package vn.chidao.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void numbersAreReadAsVietnameseUsersWriteThem() {
        assertThat(Numbers.parse("99,8")).contains(new BigDecimal("99.8"));
        assertThat(Numbers.parse("1.520")).contains(new BigDecimal("1520"));
        assertThat(Numbers.parse("12.800.000")).contains(new BigDecimal("12800000"));
        assertThat(Numbers.parse("1.520,5")).contains(new BigDecimal("1520.5"));
        assertThat(Numbers.parse(" 99.8 ")).as("a decimal point copied from English sources").contains(new BigDecimal("99.8"));
        assertThat(Numbers.parse("-3")).contains(new BigDecimal("-3"));
    }

    @Test
    void whatIsNotExactlyANumberIsNotGuessed() {
        for (String text : new String[] {"15 đến 20", "15-20", "1,2,3", "mười", "", "  ", "20%", "1.52.0", null}) {
            assertThat(Numbers.parse(text)).as(String.valueOf(text)).isEmpty();
        }
    }
}
