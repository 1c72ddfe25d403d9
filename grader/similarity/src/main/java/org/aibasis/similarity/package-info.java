/** JPlag run on a class's submissions, one exercise at a time, into the class report's similarity section. */
package org.aibasis.similarity;
