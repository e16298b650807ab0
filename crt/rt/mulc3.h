/* Complex multiplication as C11 Annex G.5.1 asks: when the plain product is
 * NaN+iNaN but an operand is infinite, recover the infinite result. */
#define UKL_MULC3(name, T, suffix) \
_Complex T name(T a, T b, T c, T d) \
{ \
	T ac = a*c, bd = b*d, ad = a*d, bc = b*c; \
	T x = ac - bd, y = ad + bc; \
	int recalc = 0; \
	if (__builtin_isnan(x) && __builtin_isnan(y)) { \
		if (__builtin_isinf(a) || __builtin_isinf(b)) { \
			a = __builtin_copysign##suffix(__builtin_isinf(a) ? 1 : 0, a); \
			b = __builtin_copysign##suffix(__builtin_isinf(b) ? 1 : 0, b); \
			if (__builtin_isnan(c)) c = __builtin_copysign##suffix(0, c); \
			if (__builtin_isnan(d)) d = __builtin_copysign##suffix(0, d); \
			recalc = 1; \
		} \
		if (__builtin_isinf(c) || __builtin_isinf(d)) { \
			c = __builtin_copysign##suffix(__builtin_isinf(c) ? 1 : 0, c); \
			d = __builtin_copysign##suffix(__builtin_isinf(d) ? 1 : 0, d); \
			if (__builtin_isnan(a)) a = __builtin_copysign##suffix(0, a); \
			if (__builtin_isnan(b)) b = __builtin_copysign##suffix(0, b); \
			recalc = 1; \
		} \
		if (!recalc && (__builtin_isinf(ac) || __builtin_isinf(bd) || \
		    __builtin_isinf(ad) || __builtin_isinf(bc))) { \
			if (__builtin_isnan(a)) a = __builtin_copysign##suffix(0, a); \
			if (__builtin_isnan(b)) b = __builtin_copysign##suffix(0, b); \
			if (__builtin_isnan(c)) c = __builtin_copysign##suffix(0, c); \
			if (__builtin_isnan(d)) d = __builtin_copysign##suffix(0, d); \
			recalc = 1; \
		} \
		if (recalc) { \
			x = __builtin_inf##suffix() * (a*c - b*d); \
			y = __builtin_inf##suffix() * (a*d + b*c); \
		} \
	} \
	return __builtin_complex(x, y); \
}
