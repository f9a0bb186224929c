package org.supcert.io;

/** Receives decoded elements in storage order: flat storage index, real and imaginary part. */
interface ElementSink {
    void accept(long index, double re, double im);
}
