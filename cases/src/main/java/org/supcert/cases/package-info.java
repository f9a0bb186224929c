/**
 * Data and generators: the supcert/v1 support file format, the mask families of the field
 * (butterfly, Kronecker/deformable butterfly, Monarch, LU, dense, random) and the golden cases
 * shipped as files under cases/.
 */
package org.supcert.cases;
