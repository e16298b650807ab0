/* Signed 128-bit division truncates toward zero; the remainder takes the
 * dividend's sign. */
typedef __int128 i128;
typedef unsigned __int128 u128;

u128 __udivmodti4(u128, u128, u128 *);

i128 __divmodti4(i128 a, i128 b, i128 *rem)
{
	u128 ua = a < 0 ? -(u128)a : a, ub = b < 0 ? -(u128)b : b, ur;
	u128 q = __udivmodti4(ua, ub, &ur);

	if (rem) *rem = a < 0 ? -ur : ur;
	return (a < 0) != (b < 0) ? -q : q;
}
