package vn.chidao.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts of money in whole đồng, as plans and secretariats write them: "12,8 tỷ đồng", "450 triệu", "1.200.000.000",
 * "12800000000 đ". Anything else ("15 đến 20 tỷ", "khoảng 5 tỷ", a fraction of a đồng) is not an amount: the caller refuses
 * it with the field named. Written back for people as "12,8 tỷ đồng", "450 triệu đồng", "950.000 đồng".
 */
public final class Money {

    private static final long MILLION = 1_000_000L;
    private static final long BILLION = 1_000_000_000L;
    private static final Pattern WRITTEN = Pattern.compile(
            "(?iu)\\s*(-?[\\d.,\\s]+?)\\s*(tỷ|tỉ|triệu|nghìn|ngàn)?\\s*(đồng|đ|vnđ|vnd)?\\s*");

    private Money() {
    }

    /** The amount written, in đồng; empty when it is not an amount of whole đồng. Negative amounts parse (callers refuse them). */
    public static Optional<Long> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Matcher m = WRITTEN.matcher(text.replace('\u00a0', ' '));
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<BigDecimal> number = Numbers.parse(m.group(1));
        if (number.isEmpty()) {
            return Optional.empty();
        }
        String unit = m.group(2) == null ? "" : m.group(2).toLowerCase(Messages.VIETNAMESE);
        long scale = switch (unit) {
            case "tỷ", "tỉ" -> BILLION;
            case "triệu" -> MILLION;
            case "nghìn", "ngàn" -> 1_000L;
            default -> 1L;
        };
        BigDecimal dong = number.get().multiply(BigDecimal.valueOf(scale));
        try {
            return Optional.of(dong.stripTrailingZeros().longValueExact());
        } catch (ArithmeticException fractionOrTooLarge) {
            return Optional.empty();
        }
    }

    /** The amount as people read it in a report: "12,8 tỷ đồng", "450 triệu đồng", "950.000 đồng". */
    public static String words(long dong) {
        long size = Math.abs(dong);
        if (size >= BILLION) {
            return decimals(BigDecimal.valueOf(dong).divide(BigDecimal.valueOf(BILLION), 2, RoundingMode.HALF_UP)) + " tỷ đồng";
        }
        if (size >= MILLION) {
            return decimals(BigDecimal.valueOf(dong).divide(BigDecimal.valueOf(MILLION), 1, RoundingMode.HALF_UP)) + " triệu đồng";
        }
        return exact(dong) + " đồng";
    }

    /** Every đồng, thousands grouped with dots: "12.800.000.000". */
    public static String exact(long dong) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Messages.VIETNAMESE));
        return format.format(dong);
    }

    private static String decimals(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Messages.VIETNAMESE));
        return format.format(value);
    }
}
