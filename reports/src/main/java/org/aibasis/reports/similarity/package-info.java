/** The similarity section of the class report: what a plagiarism detector found, for a person to judge. */
package org.aibasis.reports.similarity;
