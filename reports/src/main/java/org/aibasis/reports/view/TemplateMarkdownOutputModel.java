package org.aibasis.reports.view;

import freemarker.core.CommonTemplateMarkupOutputModel;

/** Markdown that a template prints as it is: the value type of {@link MarkdownOutputFormat}. */
public final class TemplateMarkdownOutputModel extends CommonTemplateMarkupOutputModel<TemplateMarkdownOutputModel> {
    TemplateMarkdownOutputModel(String plainTextContent, String markupContent) {
        super(plainTextContent, markupContent);
    }

    @Override
    public MarkdownOutputFormat getOutputFormat() {
        return MarkdownOutputFormat.INSTANCE;
    }
}
