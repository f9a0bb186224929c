/**
 * The report model: what one run of "supcert report" or "supcert ci" knows about each input (its
 * stable key, content hash, verdict or input error, optional divergence trace), immutable and in
 * input order. Every writer renders this model and nothing else.
 */
package org.supcert.reports.model;
