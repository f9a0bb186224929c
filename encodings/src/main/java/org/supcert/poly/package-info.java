/**
 * Polynomial encodings of support constraints (docs/theory.md#section-6) and the only package that
 * imports Z3: attainability (QF_NRA) over the exact matrices of {@link org.supcert.exact}, with every
 * solver answer mapped explicitly and UNKNOWN as the default. Z3 failing outright (no native
 * library, an error raised during a query) is {@link org.supcert.poly.SolverTroubleException}, which
 * callers turn into UNKNOWN with its message as the reason.
 */
package org.supcert.poly;
