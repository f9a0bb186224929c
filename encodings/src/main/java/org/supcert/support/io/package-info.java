/**
 * The supcert/v1 support file format (README, "Support format"): reading and writing the support
 * model as JSON through the strict, bounded reader of {@link org.supcert.io.StrictJson}. A file may
 * name a mask by family shorthand, so this package uses {@link org.supcert.support.families}.
 */
package org.supcert.support.io;
