package vn.chidao.kernel;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numbers as Vietnamese users type them: a comma before the decimals ("99,8"), dots between thousands
 * ("1.520", "12.800.000"); a lone dot before one, two or four digits is read as a decimal point ("99.8"), as
 * people copy it from English sources. Anything else ("15 đến 20", "1,2,3", "mười") is not a number: the
 * caller refuses it with the field named rather than guess.
 */
public final class Numbers {

    private static final Pattern THOUSANDS = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern COMMA_DECIMAL = Pattern.compile("-?\\d+(,\\d+)?");
    private static final Pattern DOT_DECIMAL = Pattern.compile("-?\\d+\\.\\d+");

    private Numbers() {
    }

    public static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip().replace('\u00a0', ' ').replace(" ", "").replace('−', '-');
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (THOUSANDS.matcher(s).matches()) {
            return Optional.of(new BigDecimal(s.replace(".", "").replace(',', '.')));
        }
        if (COMMA_DECIMAL.matcher(s).matches()) {
            return Optional.of(new BigDecimal(s.replace(',', '.')));
        }
        if (DOT_DECIMAL.matcher(s).matches()) {
            return Optional.of(new BigDecimal(s));
        }
        return Optional.empty();
    }
}
