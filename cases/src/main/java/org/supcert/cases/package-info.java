/**
 * Data: the golden cases shipped as supcert/v1 files under cases/ and the model fixtures written by
 * real PyTorch and ONNX. The format and the mask families they use live in encodings
 * ({@link org.supcert.support.io}, {@link org.supcert.support.families}).
 */
package org.supcert.cases;
