package org.aibasis.grader.run.worker;

import java.util.Locale;
import java.util.Properties;
import java.util.TimeZone;

/**
 * The JVM-wide settings that code running in a worker can change and that the next test, exercise or
 * submission on the same worker would otherwise inherit: the default locale (all categories), the default time
 * zone, the system properties, and the worker thread's name, priority and interrupt status.
 *
 * <p>The bytecode check keeps graded code away from all of these unless an exercise widens its policy; hidden
 * tests and widened exercises may still change them, so the worker restores a snapshot before every test.
 * State it cannot reach this way (static fields of classes outside the per-request class loader, identity hash
 * codes) is bounded by retiring a worker after a number of requests.
 */
record JvmState(Locale locale, Locale displayLocale, Locale formatLocale, TimeZone timeZone, Properties properties,
                String threadName, int threadPriority) {

    static JvmState capture() {
        Properties copy = new Properties();
        copy.putAll(System.getProperties());
        Thread t = Thread.currentThread();
        return new JvmState(Locale.getDefault(), Locale.getDefault(Locale.Category.DISPLAY),
                Locale.getDefault(Locale.Category.FORMAT), (TimeZone) TimeZone.getDefault().clone(), copy,
                t.getName(), t.getPriority());
    }

    void restore() {
        Locale.setDefault(locale);
        Locale.setDefault(Locale.Category.DISPLAY, displayLocale);
        Locale.setDefault(Locale.Category.FORMAT, formatLocale);
        TimeZone.setDefault((TimeZone) timeZone.clone());
        Properties live = System.getProperties();
        if (!live.equals(properties)) {
            live.keySet().retainAll(properties.keySet());
            live.putAll(properties);
        }
        Thread t = Thread.currentThread();
        t.setName(threadName);
        t.setPriority(threadPriority);
        Thread.interrupted();
    }
}
