/**
 * The front door of the reports module for the command line and Spark: reads the inputs of
 * {@code report}, {@code ci} and {@code check} ({@link org.supcert.reports.assembly.ReportInputs}),
 * verifies them and assembles the report model ({@link org.supcert.reports.assembly.ReportBuilder},
 * {@link org.supcert.reports.assembly.InputVerdict} for certify-all), renders the output of
 * {@code check} and {@code certify} ({@link org.supcert.reports.assembly.CheckOutput},
 * {@link org.supcert.reports.assembly.CertifyOutput}) and writes every report format
 * ({@link org.supcert.reports.assembly.ReportWriters}). Its own package, above the writers it calls,
 * so that no package of reports imports another both ways.
 */
package org.supcert.reports.assembly;
