/**
 * The support model: binary masks, support pairs and chains (docs/theory.md#section-1), and the size
 * limits that every reader enforces. No algorithms live here.
 */
package org.supcert.support;
