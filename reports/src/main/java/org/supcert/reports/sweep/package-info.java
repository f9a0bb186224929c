/**
 * The "do bad supports occur in practice?" experiment of docs/theory.md#seed-001, bigger: random supports of a
 * one-hidden-layer network (I = M2, o x h; J = M1^T, M1 h x d) per density, verdict counts and the
 * deciding rule per density, as CSV and as an SVG plot of the empirical probability of a bad (NOT
 * CLOSED) support. Each sample's seed is derived from (seed, density index, sample index), so the
 * table does not depend on the number of threads.
 */
package org.supcert.reports.sweep;
