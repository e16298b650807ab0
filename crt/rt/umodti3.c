typedef unsigned __int128 u128;

u128 __udivmodti4(u128, u128, u128 *);

u128 __umodti3(u128 n, u128 d)
{
	u128 r;
	__udivmodti4(n, d, &r);
	return r;
}
