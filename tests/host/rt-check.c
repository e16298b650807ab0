/* libukl-rt against the system libgcc: built with the host gcc and glibc,
 * linked with libukl-rt's hosted objects renamed t_*.  Every helper must
 * give libgcc's answer bit for bit (NaNs: both NaN). */
#include <stdio.h>
#include <math.h>
#include <complex.h>

typedef unsigned __int128 u128;
typedef __int128 i128;

u128 t___udivti3(u128, u128), t___umodti3(u128, u128), t___udivmodti4(u128, u128, u128 *);
i128 t___divti3(i128, i128), t___modti3(i128, i128), t___divmodti4(i128, i128, i128 *);
float complex t___mulsc3(float, float, float, float), __mulsc3(float, float, float, float);
double complex t___muldc3(double, double, double, double), __muldc3(double, double, double, double);
long double complex t___mulxc3(long double, long double, long double, long double),
	__mulxc3(long double, long double, long double, long double);

static int fails;

static unsigned long long rnd(void)
{
	static unsigned long long x = 88172645463325252ULL;
	x ^= x << 13; x ^= x >> 7; x ^= x << 17;
	return x;
}

static u128 rnd128(void)
{
	u128 v = (u128)rnd() << 64 | rnd();
	return v >> (rnd() % 128);
}

static void fail_div(const char *kind, u128 n, u128 d)
{
	printf("FAIL %s %016llx%016llx / %016llx%016llx\n", kind,
	       (unsigned long long)(n >> 64), (unsigned long long)n,
	       (unsigned long long)(d >> 64), (unsigned long long)d);
	fails++;
}

static void check_div(u128 n, u128 d)
{
	volatile u128 vn = n, vd = d;
	i128 sn = (i128)n, sd = (i128)d;
	u128 r, want_q = vn / vd, want_r = vn % vd, q;
	i128 sr, sq;

	q = t___udivmodti4(n, d, &r);
	if (t___udivti3(n, d) != want_q || t___umodti3(n, d) != want_r || q != want_q || r != want_r)
		fail_div("unsigned", n, d);
	if (sd == -1 && sn == (i128)((u128)1 << 127))
		return;
	{
		volatile i128 vsn = sn, vsd = sd;
		i128 wq = vsn / vsd, wr = vsn % vsd;
		sq = t___divmodti4(sn, sd, &sr);
		if (t___divti3(sn, sd) != wq || t___modti3(sn, sd) != wr || sq != wq || sr != wr)
			fail_div("signed", n, d);
	}
}

#define SAME(a, b) (isnan(a) ? isnan(b) : (a) == (b) && !signbit(a) == !signbit(b))

#define CHECK_MUL(T, ours, libgcc, a, b, c, d) do { \
	T complex x = ours(a, b, c, d), y = libgcc(a, b, c, d); \
	T xr = creal(x), xi = cimag(x), yr = creal(y), yi = cimag(y); \
	if (!SAME(xr, yr) || !SAME(xi, yi)) { \
		printf("FAIL %s(%Lg, %Lg, %Lg, %Lg) = (%Lg, %Lg), libgcc (%Lg, %Lg)\n", #ours, \
		       (long double)(a), (long double)(b), (long double)(c), (long double)(d), \
		       (long double)xr, (long double)xi, (long double)yr, (long double)yi); \
		fails++; \
	} \
} while (0)

int main(void)
{
	static const u128 edge[] = { 1, 2, 3, 7, 0xffffffffULL, 0xffffffffffffffffULL,
		(u128)1 << 64, ((u128)1 << 64) + 1, ((u128)1 << 127), ~(u128)0, ~(u128)0 - 1 };
	static const long double v[] = { 0.0L, -0.0L, 1.0L, -1.0L, 2.5L, 1e300L, -1e-300L,
		INFINITY, -INFINITY, NAN, 3.0L };
	size_t i, j, k, l, n = sizeof edge / sizeof *edge, m = sizeof v / sizeof *v;

	for (i = 0; i < n; i++)
		for (j = 0; j < n; j++)
			check_div(edge[i], edge[j]);
	for (i = 0; i < 200000; i++) {
		u128 d = rnd128();
		check_div(rnd128(), d ? d : 1);
	}
	for (i = 0; i < m; i++)
		for (j = 0; j < m; j++)
			for (k = 0; k < m; k++)
				for (l = 0; l < m; l++) {
					CHECK_MUL(float, t___mulsc3, __mulsc3, (float)v[i], (float)v[j], (float)v[k], (float)v[l]);
					CHECK_MUL(double, t___muldc3, __muldc3, (double)v[i], (double)v[j], (double)v[k], (double)v[l]);
					CHECK_MUL(long double, t___mulxc3, __mulxc3, v[i], v[j], v[k], v[l]);
				}
	printf("%d mismatches\n", fails);
	return fails != 0;
}
