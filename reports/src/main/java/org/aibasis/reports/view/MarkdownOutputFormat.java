package org.aibasis.reports.view;

import java.io.IOException;
import java.io.Writer;

import freemarker.core.CommonMarkupOutputFormat;

/**
 * Freemarker's output format for Markdown: every {@code ${...}} in a template with
 * {@code <#ftl output_format="Markdown">} is escaped by {@link Markdown#escape}, as {@code .ftlh} templates are
 * HTML-escaped. Code blocks and code spans come from {@link Markdown#fence} and {@link Markdown#code}, which return
 * markup that is not escaped again.
 */
public final class MarkdownOutputFormat extends CommonMarkupOutputFormat<TemplateMarkdownOutputModel> {
    /** The only instance; register it with {@code Configuration.setRegisteredCustomOutputFormats}. */
    public static final MarkdownOutputFormat INSTANCE = new MarkdownOutputFormat();

    private MarkdownOutputFormat() {
    }

    @Override
    public String getName() {
        return "Markdown";
    }

    @Override
    public String getMimeType() {
        return "text/markdown";
    }

    @Override
    public void output(String textToEsc, Writer out) throws IOException {
        out.write(escapePlainText(textToEsc));
    }

    @Override
    public String escapePlainText(String plainTextContent) {
        return Markdown.escape(plainTextContent);
    }

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return false;
    }

    @Override
    protected TemplateMarkdownOutputModel newTemplateMarkupOutputModel(String plainTextContent,
                                                                       String markupContent) {
        return new TemplateMarkdownOutputModel(plainTextContent, markupContent);
    }
}
