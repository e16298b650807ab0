/* scanf integer and string conversions, widths, %n, suppression, returns */
#include <stdio.h>
#include <string.h>
#include "test.h"

int main(void)
{
	int a = 0, b = 0, c = 0, n = 0;
	unsigned u = 0;
	long l = 0;
	long long ll = 0;
	short h = 0;
	signed char hh = 0;
	char s[16], t[16];

	T_INT(sscanf("  12 -34 +56", "%d%d%d", &a, &b, &c), 3);
	T(a == 12 && b == -34 && c == 56);
	T_INT(sscanf("0x1f 017 10", "%i %i %i", &a, &b, &c), 3);
	T(a == 31 && b == 15 && c == 10);
	T_INT(sscanf("ff 777", "%x %o", &a, &u), 2);
	T(a == 255 && u == 511);
	T_INT(sscanf("123456", "%2d%3d%d", &a, &b, &c), 3);
	T(a == 12 && b == 345 && c == 6);
	T_INT(sscanf("1 2 3", "%d %*d %d", &a, &b), 2);
	T(a == 1 && b == 3);
	T_INT(sscanf("12abc", "%d%n", &a, &n), 1);
	T_INT(n, 2);
	T_INT(sscanf("-9223372036854775808 70000 200", "%lld %ld %hhd", &ll, &l, &hh), 3);
	T(ll == -9223372036854775807LL - 1 && l == 70000);
	T_INT(hh, -56);
	T_INT(sscanf("-1", "%hd", &h), 1);
	T_INT(h, -1);
	T_INT(sscanf("hello world", "%s %s", s, t), 2);
	T_STR(s, "hello");
	T_STR(t, "world");
	T_INT(sscanf("abcdef", "%3s%s", s, t), 2);
	T_STR(s, "abc");
	T_STR(t, "def");
	memset(s, 0, sizeof s);
	T_INT(sscanf("xyz", "%2c", s), 1);
	T_STR(s, "xy");
	T_INT(sscanf("abc123,def", "%[a-z]%[0-9],%s", s, t, s + 8), 3);
	T_STR(s, "abc");
	T_STR(t, "123");
	T_STR(s + 8, "def");
	T_INT(sscanf("key=val;", "%[^=]=%[^;]", s, t), 2);
	T_STR(s, "key");
	T_STR(t, "val");
	T_INT(sscanf("]x", "%[]]", s), 1);
	T_STR(s, "]");
	/* matching failure: fields so far; input failure before any: EOF */
	T_INT(sscanf("1 x", "%d %d", &a, &b), 1);
	T_INT(sscanf("x", "%d", &a), 0);
	T_INT(sscanf("", "%d", &a), EOF);
	T_INT(sscanf("   ", "%d", &a), EOF);
	T_INT(sscanf("abc", "abd%n", &n), 0);
	T_INT(sscanf("100%", "%d%%", &a), 1);
	T_INT(a, 100);
	return t_status;
}
