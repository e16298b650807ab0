/* printf integer conversions: flags, width, precision, length modifiers */
#include <limits.h>
#include <stdint.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include "test.h"

#define F T_SNPRINTF

int main(void)
{
	F("42", "%d", 42);
	F("-42", "%i", -42);
	F("+42", "%+d", 42);
	F(" 42", "% d", 42);
	F("+0", "%+d", 0);
	F("   42", "%5d", 42);
	F("42   |", "%-5d|", 42);
	F("00042", "%05d", 42);
	F("-0042", "%05d", -42);
	F("  042", "%5.3d", 42);
	F("", "%.0d", 0);
	F("     ", "%5.0d", 0);
	F("0", "%#.0o", 0);
	F("0", "%#x", 0);
	F("0x2a", "%#x", 42);
	F("0X2A", "%#X", 42);
	F("052", "%#o", 42);
	F("ff", "%x", 255);
	F("37777777777", "%o", UINT_MAX);
	F("4294967295", "%u", UINT_MAX);
	F("-2147483648", "%d", INT_MIN);
	F("-9223372036854775808", "%lld", LLONG_MIN);
	F("18446744073709551615", "%llu", ULLONG_MAX);
	F("9223372036854775807", "%ld", LONG_MAX);
	F("-1", "%hhd", 255);
	F("255", "%hhu", -1);
	F("-1", "%hd", 65535);
	F("65535", "%hu", -1);
	F("18446744073709551615", "%ju", UINTMAX_MAX);
	F("-5", "%zd", (ssize_t)-5);
	F("123", "%zu", (size_t)123);
	F("-7", "%td", (ptrdiff_t)-7);
	F("00ff", "%04x", 255);
	F("  -12", "%*d", 5, -12);
	F("-12  |", "%*d|", -5, -12);
	F("0012", "%.*d", 4, 12);
	F("12", "%.*d", -4, 12);
	F("+00012", "%+06d", 12);
	F("+12   ", "%-+6d", 12);
	F("%", "%%");
	F("a7b", "a%xb", 7);
	F("00000000000000000001", "%020d", 1);
	return t_status;
}
