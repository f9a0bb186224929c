package org.supcert.io;

/** Receives the entries of a matrix view: row, column, real and imaginary part. */
interface MatrixSink {
    void accept(int i, int j, double re, double im);
}
