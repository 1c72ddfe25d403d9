package org.aibasis.reports.quiz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the TeX formulas of a quiz page or report offline: a page whose text has {@code \( \)} or {@code \[ \]}
 * gets KaTeX (its script, its auto-render extension and its style, with the woff2 fonts inlined as data URLs,
 * all from KaTeX's npm package, which the build takes from a webjar) inside the page itself, so it needs no
 * network and no file beside it. A page without a formula stays as it was, without 300 kB of script.
 */
public final class Katex {
    /** The KaTeX release bundled; the reports module's pom pins the same. */
    static final String VERSION = "0.16.47";
    private static final String DIST = "META-INF/resources/webjars/katex/" + VERSION + "/dist/";
    private static final Pattern FONT = Pattern.compile(
            "src:url\\(fonts/([A-Za-z0-9_-]+)\\.woff2\\) format\\(\"woff2\"\\)[^;}]*");
    /** Inline {@code \( \)} and display {@code \[ \]}; no {@code $}, which prices and shell text use. */
    private static final String RENDER = "renderMathInElement(document.body,{delimiters:["
            + "{left:'\\\\[',right:'\\\\]',display:true},{left:'\\\\(',right:'\\\\)',display:false}],"
            + "throwOnError:false,ignoredClasses:['no-math']});";
    private static volatile String head;
    private static volatile String script;

    private Katex() {
    }

    /** Whether {@code text} has a formula between {@code \( \)} or {@code \[ \]}. */
    public static boolean present(String text) {
        int inline = text.indexOf("\\(");
        int display = text.indexOf("\\[");
        return inline >= 0 && text.indexOf("\\)", inline) > 0 || display >= 0 && text.indexOf("\\]", display) > 0;
    }

    /**
     * {@code html} with KaTeX bundled when its body has a formula: the style goes before {@code </head>}, the
     * script before the last {@code </body>}; otherwise {@code html} unchanged.
     */
    public static String bundle(String html) {
        int body = html.indexOf("<body");
        int headEnd = html.indexOf("</head>");
        int bodyEnd = html.lastIndexOf("</body>");
        if (body < 0 || headEnd < 0 || bodyEnd < body || !present(html.substring(body, bodyEnd))) {
            return html;
        }
        return html.substring(0, headEnd) + head() + html.substring(headEnd, bodyEnd) + script()
                + html.substring(bodyEnd);
    }

    /** KaTeX's style with every font as a woff2 data URL (every browser that runs KaTeX reads woff2). */
    static String head() {
        String h = head;
        if (h == null) {
            Matcher m = FONT.matcher(resource("katex.min.css"));
            StringBuilder css = new StringBuilder();
            while (m.find()) {
                String font = Base64.getEncoder().encodeToString(bytes("fonts/" + m.group(1) + ".woff2"));
                m.appendReplacement(css, Matcher.quoteReplacement("src:url(data:font/woff2;base64," + font
                        + ") format(\"woff2\")"));
            }
            m.appendTail(css);
            h = "<style id=\"katex-style\">\n" + css + "\n</style>\n";
            head = h;
        }
        return h;
    }

    /** KaTeX, its auto-render extension and the call that renders the page's formulas. */
    static String script() {
        String s = script;
        if (s == null) {
            s = "<script id=\"katex-script\">\n" + resource("katex.min.js") + "\n" + resource(
                    "contrib/auto-render.min.js") + "\n" + RENDER + "\n</script>\n";
            script = s;
        }
        return s;
    }

    private static String resource(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8).replace("</script", "<\\/script");
    }

    private static byte[] bytes(String name) {
        try (InputStream in = Katex.class.getClassLoader().getResourceAsStream(DIST + name)) {
            if (in == null) {
                throw new IllegalStateException("KaTeX " + VERSION + " is missing from the class path (" + DIST
                        + name + "): the reports module depends on org.webjars.npm:katex:" + VERSION);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DIST + name, e);
        }
    }
}
