/**
 * The grader's public API for test authors: the only package hidden and public tests import from the grader.
 *
 * <p>It depends on nothing, so a test suite compiles against it without pulling in the engine.
 */
package org.aibasis.grader.api;
