/**
 * Butterfly and deformable-butterfly factors (I_a (x) 1_(b x c) (x) I_d) and chains of them: the one
 * representation shared by the hierarchical factorization and the apply kernels.
 */
package org.supcert.numeric.butterfly;
