/**
 * The supcert command line (picocli): options, calls into the modules' front doors
 * ({@code reports.assembly}, {@code numeric.Factorizations}, {@code certificate.CertificateRecheck},
 * {@code network.NetworkInputs}, {@code bench}, the {@code Verifier}), printing, and the mapping of
 * outcomes and exceptions to the documented exit codes in one place ({@link org.supcert.cli.ExitCodes}),
 * and the command lines the launcher's start-up cache is trained on ({@link org.supcert.cli.StartupTraining}).
 * No verification, loading or report logic lives here.
 */
package org.supcert.cli;
