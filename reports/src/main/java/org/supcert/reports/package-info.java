/**
 * Reports on verdicts: the text of "supcert check", the stable JSON document, and (later) the
 * HTML, JUnit XML, SARIF and Markdown writers. Renders what the verifier decided; decides nothing.
 */
package org.supcert.reports;
