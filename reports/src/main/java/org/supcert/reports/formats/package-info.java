/**
 * Machine-readable writers of a {@link org.supcert.reports.model.Report}: the versioned JSON
 * document (schema in resources, {@code org/supcert/reports/formats/report-v1.schema.json}), JUnit
 * XML, SARIF 2.1.0 and the Markdown summary. Each output is a function of the report alone: stable
 * order, fixed number formats, no clock, no host name.
 */
package org.supcert.reports.formats;
