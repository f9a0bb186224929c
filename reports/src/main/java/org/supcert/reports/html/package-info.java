/**
 * The self-contained HTML report: inline CSS and SVG, one small inline script, no network. One
 * class per figure (mask heat maps, rank-one supports by class, overlap graph, witness block,
 * divergence plot), each bounded in size whatever the support's (large masks are downsampled and
 * the caption says by how much).
 */
package org.supcert.reports.html;
