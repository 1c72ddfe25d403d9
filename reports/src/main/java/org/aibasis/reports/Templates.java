package org.aibasis.reports;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModelException;
import org.aibasis.reports.view.Markdown;
import org.aibasis.reports.view.MarkdownOutputFormat;

/**
 * The one Freemarker configuration of the reports: templates from the class path, HTML auto-escaping for
 * {@code .ftlh}, Markdown escaping for templates that declare {@code output_format="Markdown"}, and errors that
 * fail the rendering instead of landing in a report.
 */
public final class Templates {
    private static final Configuration CONFIG = configuration();

    private Templates() {
    }

    /** Renders the template at {@code name} (relative to {@code templates/}) with {@code model} as its root. */
    public static String render(String name, Map<String, ?> model) {
        try {
            Template template = CONFIG.getTemplate(name);
            StringWriter out = new StringWriter();
            template.process(model, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the report template " + name, e);
        } catch (TemplateException e) {
            throw new IllegalStateException("the report template " + name + " failed: " + e.getMessage(), e);
        }
    }

    private static Configuration configuration() {
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        c.setClassForTemplateLoading(Templates.class, "templates");
        c.setRecognizeStandardFileExtensions(true);
        c.setRegisteredCustomOutputFormats(List.of(MarkdownOutputFormat.INSTANCE));
        c.setDefaultEncoding("UTF-8");
        c.setOutputEncoding("UTF-8");
        c.setLocale(Locale.ROOT);
        c.setTimeZone(TimeZone.getTimeZone("UTC"));
        c.setNumberFormat("computer");
        c.setBooleanFormat("c");
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        c.setAPIBuiltinEnabled(false);
        c.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        try {
            c.setSharedVariable("md", Markdown.INSTANCE);
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
        return c;
    }
}
