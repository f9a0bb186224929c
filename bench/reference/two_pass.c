/*
 * Reference for issue 4's one-core target: the same two-pass schedule as ButterflyOperator's batch
 * apply (N x 256 doubles, batch-inner, unit radix-4 levels), written in C with AVX-512 intrinsics,
 * so that the Java kernels can be compared with what the machine allows. Not part of the build.
 *
 *   gcc -O3 -march=native bench/reference/two_pass.c -o /tmp/two_pass
 *   taskset -c 0 /tmp/two_pass 65536 0       # N, misalignment of both arrays in doubles (0-7)
 *
 * Pass 1: 256-row blocks (512 KiB, in L2), 8 levels, the first stage reading x and writing y.
 * Pass 2: cosets of the rows r + 256 v, 8 levels (N = 2^16; fewer levels for smaller N), in place.
 * Coefficients are constants: the Java kernels also load 8 per row group, which this omits.
 */
#include <immintrin.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define BATCH 256

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

/* One radix-4 row group of two unit levels: rows 0, o1, o2, o1 + o2 (in doubles) from s to d. */
static void quad(const double *s, double *d, long o1, long o2, double c) {
    __m512d a01 = _mm512_set1_pd(c), a11 = _mm512_set1_pd(-c), b01 = _mm512_set1_pd(.5 * c);
    __m512d b11 = _mm512_set1_pd(-.5 * c), p01 = _mm512_set1_pd(.7 * c), p11 = _mm512_set1_pd(-.7 * c);
    __m512d q01 = _mm512_set1_pd(.3 * c), q11 = _mm512_set1_pd(-.3 * c);
    for (long k = 0; k < BATCH; k += 8) {
        __m512d x0 = _mm512_loadu_pd(s + k), x1 = _mm512_loadu_pd(s + k + o1);
        __m512d x2 = _mm512_loadu_pd(s + k + o2), x3 = _mm512_loadu_pd(s + k + o1 + o2);
        __m512d y0 = _mm512_fmadd_pd(x1, a01, x0), y1 = _mm512_fmadd_pd(x1, a11, x0);
        __m512d y2 = _mm512_fmadd_pd(x3, b01, x2), y3 = _mm512_fmadd_pd(x3, b11, x2);
        _mm512_storeu_pd(d + k, _mm512_fmadd_pd(y2, p01, y0));
        _mm512_storeu_pd(d + k + o2, _mm512_fmadd_pd(y2, p11, y0));
        _mm512_storeu_pd(d + k + o1, _mm512_fmadd_pd(y3, q01, y1));
        _mm512_storeu_pd(d + k + o1 + o2, _mm512_fmadd_pd(y3, q11, y1));
    }
}

/* Levels of virtual strides lo and 2 lo on nv virtual rows; virtual row v at base + v * rs. */
static void stage(const double *src, double *dst, long base, long rs, long nv, long lo) {
    for (long b0 = 0; b0 < nv; b0 += 4 * lo)
        for (long v = b0; v < b0 + lo; v++) quad(src + base + v * rs, dst + base + v * rs, lo * rs, 2 * lo * rs, 0.5);
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: two_pass N [misalignment 0-7]\n");
        return 2;
    }
    long n = atol(argv[1]);
    int mis = argc > 2 ? atoi(argv[2]) : 0;
    if (n < 1024 || (n & (n - 1)) != 0 || mis < 0 || mis > 7) {
        fprintf(stderr, "two_pass: N must be a power of two >= 1024 and the misalignment 0-7\n");
        return 2;
    }
    double *x = (double *) aligned_alloc(64, n * BATCH * 8 + 64) + mis;
    double *y = (double *) aligned_alloc(64, n * BATCH * 8 + 64) + mis;
    for (long i = 0; i < n * BATCH; i++) x[i] = (i % 7) * 0.1;
    int levels = 0;
    while ((1L << levels) < n) levels++;
    long block = 256, cosetRows = n / block;
    double bestTime = 1e9;
    for (int rep = 0; rep < 15; rep++) {
        double t0 = now();
        for (long b = 0; b < n / block; b++) {
            long base = b * block * BATCH;
            stage(x, y, base, BATCH, block, 1);
            for (long lo = 4; lo < block; lo *= 4) stage(y, y, base, BATCH, block, lo);
        }
        for (long r = 0; r < block; r++) {
            long base = r * BATCH, rs = block * BATCH;
            stage(y, y, base, rs, cosetRows, 1);
            for (long lo = 4; lo < cosetRows; lo *= 4) stage(y, y, base, rs, cosetRows, lo);
        }
        double e = now() - t0;
        if (rep > 2 && e < bestTime) bestTime = e;
    }
    double flops = 6.0 * n / 2 * levels * BATCH;
    printf("N = %ld x %d out of place, misaligned by %d doubles: %.2f ms = %.1f%% of 80 GFLOP/s\n", n, BATCH, mis,
           bestTime * 1e3, flops / bestTime / 80e9 * 100);
    return 0;
}
