/**
 * The supcert command line (picocli): a thin adapter that reads inputs, calls the verifier, the
 * numeric engine and the report writers, and maps outcomes and exceptions to the documented exit
 * codes in one place ({@link org.supcert.cli.ExitCodes}).
 */
package org.supcert.cli;
