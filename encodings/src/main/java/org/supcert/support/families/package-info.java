/**
 * The mask families of the field (butterfly, Kronecker/deformable butterfly, Monarch, LU, dense,
 * random) and their shorthand grammar ({@code butterfly-split:4096:6}), used by support files,
 * {@code --family} on the command line, tests and sweeps.
 */
package org.supcert.support.families;
