/* 128-bit unsigned division for the kernel model: the system libgcc uses the
 * red zone.  No 128-bit '/' or '%' here, which would call back into us. */
typedef unsigned __int128 u128;
typedef unsigned long long u64;

/* (hi:lo) / d with hi < d, one divq */
static u64 div128_64(u64 hi, u64 lo, u64 d, u64 *r)
{
	u64 q;
	__asm__ ("divq %4" : "=a"(q), "=d"(*r) : "a"(lo), "d"(hi), "rm"(d));
	return q;
}

u128 __udivmodti4(u128 n, u128 d, u128 *rem)
{
	u64 nh = n >> 64, dh = d >> 64, r;
	u128 q = 0;
	int shift;

	if (!dh) {
		u64 qh = 0;
		if (nh >= (u64)d) {
			qh = nh / (u64)d;	/* traps when d == 0, like libgcc */
			nh %= (u64)d;
		}
		q = (u128)qh << 64 | div128_64(nh, n, d, &r);
		if (rem) *rem = r;
		return q;
	}
	if (d > n) {
		if (rem) *rem = n;
		return 0;
	}
	/* d >= 2^64: the quotient fits in 64 bits; shift and subtract */
	shift = __builtin_clzll(dh) - __builtin_clzll(nh);
	d <<= shift;
	for (; shift >= 0; shift--) {
		q <<= 1;
		if (n >= d) {
			n -= d;
			q |= 1;
		}
		d >>= 1;
	}
	if (rem) *rem = n;
	return q;
}
