package org.aibasis.reports.quiz;

import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.aibasis.reports.view.Markdown;
import org.aibasis.reports.view.MarkdownOutputFormat;

/**
 * The Freemarker configuration of the quiz reports: the same settings as the grading reports' configuration
 * ({@code org.aibasis.reports.Templates}, which is package-private) over the same template folder, so the quiz
 * templates include the shared {@code /report.css}. Collapse into {@code Templates} once it is made public.
 */
final class QuizTemplates {
    private static final Configuration CONFIG = configuration();

    private QuizTemplates() {
    }

    /** Renders {@code quiz/<name>} with {@code model} as its root. */
    static String render(String name, Map<String, ?> model) {
        try {
            Template template = CONFIG.getTemplate("quiz/" + name);
            StringWriter out = new StringWriter();
            template.process(model, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the report template quiz/" + name, e);
        } catch (TemplateException e) {
            throw new IllegalStateException("the report template quiz/" + name + " failed: " + e.getMessage(), e);
        }
    }

    private static Configuration configuration() {
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        c.setClassForTemplateLoading(QuizTemplates.class, "/org/aibasis/reports/templates");
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
