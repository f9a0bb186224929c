/**
 * Polynomial encodings of support constraints (THEORY section 6) and the only package that
 * imports Z3: exact rational matrices, attainability (QF_NRA), with every solver answer mapped
 * explicitly and UNKNOWN as the default.
 */
package org.supcert.poly;
