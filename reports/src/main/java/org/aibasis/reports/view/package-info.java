/**
 * What the report templates see: records of ready-to-print strings, built by the renderers in
 * {@code org.aibasis.reports}, plus the Markdown output format that escapes the Markdown templates.
 *
 * <p>Everything here is public only because Freemarker reads it by reflection; it is not an API. Every decision
 * (sorting, statistics, number formatting, truncation, wording) is made before a record is built, so that the
 * templates hold presentation only.
 */
package org.aibasis.reports.view;
