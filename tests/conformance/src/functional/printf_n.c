/* %n and its length modifiers store the count of characters so far */
#include <stdio.h>
#include <string.h>
#include "test.h"

int main(void)
{
	char b[64];
	int n = -1, r;
	signed char hh = -1;
	short h = -1;
	long l = -1;
	long long ll = -1;

	r = snprintf(b, sizeof b, "abc%ndef", &n);
	T_INT(r, 6);
	T_INT(n, 3);
	snprintf(b, sizeof b, "%n", &n);
	T_INT(n, 0);
	snprintf(b, sizeof b, "%5d%hhn|%hn|%ln|%lln", 1, &hh, &h, &l, &ll);
	T_STR(b, "    1|||");
	T_INT(hh, 5);
	T_INT(h, 6);
	T_INT(l, 7);
	T_INT(ll, 8);
	/* counted even past the end of a truncated buffer */
	r = snprintf(b, 4, "0123456789%n", &n);
	T_INT(r, 10);
	T_INT(n, 10);
	T_STR(b, "012");
	/* %hhn stores the count modulo 256 */
	snprintf(b, sizeof b, "%300d%hhn", 1, &hh);
	T_INT((unsigned char)hh, 300 % 256);
	return t_status;
}
