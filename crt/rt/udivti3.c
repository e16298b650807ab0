typedef unsigned __int128 u128;

u128 __udivmodti4(u128, u128, u128 *);

u128 __udivti3(u128 n, u128 d)
{
	return __udivmodti4(n, d, 0);
}
