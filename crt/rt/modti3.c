typedef __int128 i128;

i128 __divmodti4(i128, i128, i128 *);

i128 __modti3(i128 a, i128 b)
{
	i128 r;
	__divmodti4(a, b, &r);
	return r;
}
