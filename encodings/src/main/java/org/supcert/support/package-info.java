/**
 * The support model: binary masks, support pairs and chains (THEORY section 1), and the size
 * limits that every reader enforces. No algorithms live here.
 */
package org.supcert.support;
