package corebench.report.render;

import corebench.report.results.Estimate;
import java.util.Locale;

/**
 * How numbers appear in tables and sentences: a value with its error rounded to two significant digits
 * of the error (so no digit is shown that the error makes meaningless), SI prefixes for large
 * throughputs, readable time units.
 */
public final class Numbers {

    /** Shown where a value does not apply. */
    public static final String NONE = "—";

    private static final String[] PREFIXES = {"", "k", "M", "G", "T"};

    /**
     * An SI prefix for a range of values.
     *
     * @param divisor what to divide values by
     * @param prefix  {@code ""}, {@code "k"}, {@code "M"}, ...
     */
    public record Scale(double divisor, String prefix) {

        /** {@code prefix + unit}, e.g. {@code M samples/s}. */
        public String unit(String unit) {
            return prefix.isEmpty() ? unit : prefix + " " + unit;
        }
    }

    private Numbers() {
    }

    /** {@code 1.87 ± 0.12}, {@code 1.87 ± ?} (error unknown) or {@link #NONE}. */
    public static String plusMinus(Estimate e) {
        if (!e.present()) {
            return NONE;
        }
        if (!e.hasError()) {
            return plain(e.value()) + " ± ?";
        }
        if (e.error() == 0) {
            return plain(e.value());
        }
        if (e.error() > Math.abs(e.value())) {
            // rounding the value to the error's digits would hide it (1.46 ± 16 as 1 ± 16)
            return plain(e.value()) + " ± " + plain(e.error());
        }
        int decimals = decimals(e.error());
        return fixed(e.value(), decimals) + " ± " + fixed(e.error(), decimals);
    }

    /** A factor: {@code 1.87× ± 0.12}, an exact {@code 2.00×}, or {@link #NONE}. */
    public static String factor(Estimate e) {
        return RawTable.times(plusMinus(e));
    }

    /** A core count with its noun: {@code 1 core}, {@code 2 cores}. */
    public static String cores(int cores) {
        return cores + (cores == 1 ? " core" : " cores");
    }

    /** A value alone, three significant digits. */
    public static String plain(double v) {
        if (!Double.isFinite(v)) {
            return NONE;
        }
        if (v == 0) {
            return "0";
        }
        int magnitude = (int) Math.floor(Math.log10(Math.abs(v)));
        return fixed(v, Math.max(0, Math.min(6, 2 - magnitude)));
    }

    /** A fraction as percent: {@code 0.8% ± 0.3%}. */
    public static String percent(Estimate e) {
        if (!e.present()) {
            return NONE;
        }
        Estimate p = e.times(100);
        if (!p.hasError() || p.error() == 0) {
            return plain(p.value()) + (p.hasError() ? "%" : "% ± ?");
        }
        int decimals = decimals(p.error());
        return fixed(p.value(), decimals) + "% ± " + fixed(p.error(), decimals) + "%";
    }

    /** A throughput with an SI prefix before its unit: {@code 419 ± 12 M samples/s}. */
    public static String scaled(Estimate e, String unit) {
        if (!e.present()) {
            return NONE;
        }
        Scale scale = scaleFor(e.value());
        return plusMinus(e.times(1 / scale.divisor())) + " " + scale.unit(unit);
    }

    /** A value with an SI prefix before its unit: {@code 419 M samples/s}. */
    public static String scaled(double v, String unit) {
        Scale scale = scaleFor(v);
        return plain(v / scale.divisor()) + " " + scale.unit(unit);
    }

    /** The SI prefix that shows {@code v} with one to three digits before the point. */
    public static Scale scaleFor(double v) {
        int prefix = 0;
        while (prefix < PREFIXES.length - 1 && Math.abs(v) >= 1000 * Math.pow(1000, prefix)) {
            prefix++;
        }
        return new Scale(Math.pow(1000, prefix), PREFIXES[prefix]);
    }

    /** A time per operation in a readable unit: {@code 2.54 ± 0.12 ms}. */
    public static String time(Estimate seconds) {
        String[] units = {"s", "ms", "µs", "ns"};
        int i = 0;
        while (i < units.length - 1 && Math.abs(seconds.value()) < 1) {
            seconds = seconds.times(1000);
            i++;
        }
        return plusMinus(seconds) + " " + units[i];
    }

    /** Decimals that show two significant digits of the error. */
    private static int decimals(double error) {
        if (error <= 0) {
            return 3;
        }
        return Math.max(0, Math.min(6, 1 - (int) Math.floor(Math.log10(error))));
    }

    private static String fixed(double v, int decimals) {
        String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
        // a small negative value rounded to zero is zero, not "-0.0"
        return s.matches("-0\\.?0*") ? s.substring(1) : s;
    }
}
