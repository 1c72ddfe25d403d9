package course.state;

import java.text.SimpleDateFormat;
import java.util.Date;

/** Text that depends on the JVM's default locale, time zone and system properties. */
public final class Formats {
    private Formats() {
    }

    /** {@code x} with two decimals, in the default locale. */
    public static String decimal(double x) {
        return String.format("%.2f", x);
    }

    /** The hour of the day of {@code epochMillis}, two digits, in the default time zone. */
    public static String hour(long epochMillis) {
        return new SimpleDateFormat("HH").format(new Date(epochMillis));
    }

    /** The system property {@code course.flag}, or "unset"; prints what it does. */
    public static String flag() {
        System.out.print("reading course.flag");
        return System.getProperty("course.flag", "unset");
    }
}
