typedef __int128 i128;

i128 __divmodti4(i128, i128, i128 *);

i128 __divti3(i128 a, i128 b)
{
	return __divmodti4(a, b, 0);
}
