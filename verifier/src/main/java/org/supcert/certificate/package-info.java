/**
 * NOT CLOSED certificates (THEORY sections 5-6): the block, the rational witness B, the Laurent
 * curve, and their independent re-checks (exact rational curve check; Z3 unattainability; the
 * combinatorial corner proof). Also the certificate's JSON form, read back by "supcert recheck".
 */
package org.supcert.certificate;
