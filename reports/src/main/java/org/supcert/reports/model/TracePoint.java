package org.supcert.reports.model;

/** One iteration of an FSMF run on a witness: loss = ||B - W_1 W_2||_F^2 and the factor norms. */
public record TracePoint(int iter, double loss, double normX, double normY) {}
