/**
 * CI regression checks: the lock file ("supcert.lock", one entry per support: stable key, shape,
 * content hash, verdict and deciding result) and the comparison of a fresh report against it,
 * with the rule of what fails a build.
 */
package org.supcert.reports.baseline;
