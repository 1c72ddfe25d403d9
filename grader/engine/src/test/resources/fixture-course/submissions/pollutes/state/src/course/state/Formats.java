package course.state;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

/** Right answers, each computed before it changes a JVM-wide setting for whoever runs next on the worker. */
public final class Formats {
    private Formats() {
    }

    public static String decimal(double x) {
        String text = String.format(Locale.US, "%.2f", x);
        Locale.setDefault(Locale.GERMANY);
        return text;
    }

    public static String hour(long epochMillis) {
        SimpleDateFormat format = new SimpleDateFormat("HH");
        format.setTimeZone(TimeZone.getTimeZone("UTC"));
        String text = format.format(new Date(epochMillis));
        TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
        return text;
    }

    public static String flag() {
        System.out.print("reading course.flag");
        System.setProperty("course.flag", "set");
        System.out.close();
        return "unset";
    }
}
