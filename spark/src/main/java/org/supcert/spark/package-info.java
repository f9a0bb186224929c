/**
 * supcert on Apache Spark (RDD API): {@code sweep --master} and {@code certify-all}. The verdicts come
 * from the same library calls as on one machine ({@code SupportSweep.verify}, {@code InputVerdict});
 * this package only cuts the work into partitions, reads inputs through Hadoop file systems,
 * gathers the results in input order and reports what the run cost. Spark is a provided dependency:
 * the cluster brings it, the launcher adds it for local runs.
 */
package org.supcert.spark;
