/**
 * Item statistics (classical test theory) over a class: for each item (a quiz question, a hidden test) its
 * facility, its discrimination between the upper and lower 27% by total score, its corrected point-biserial
 * correlation, and flags for items that look broken, judged only when enough respondents had the item.
 *
 * <p>Entry point: {@link org.aibasis.grader.stats.ItemAnalysis#analyse}. Flags are data; each report words them for
 * its own readers.
 */
package org.aibasis.grader.stats;
