package org.supcert.certificate;

import java.util.List;
import org.supcert.exact.RationalMatrix;
import org.supcert.support.Mask;
/**
 * A certificate supcert prints, typed by the named result it certifies: a NOT CLOSED certificate
 * (a corner or a Laurent curve towards an unattainable witness) or a CLOSED one (Theorem S
 * matchings, linearization, chain specialization). Each kind has its own exact re-check; callers
 * tell them apart by type, never by a result string or a null field.
 */
public sealed interface Certificate permits NotClosedCertificate, ClosednessCertificate {
    /** The certified support's name. */
    String support();

    /** The named result it certifies; its {@link NamedResult#decides()} is the certificate's verdict. */
    NamedResult result();
}
