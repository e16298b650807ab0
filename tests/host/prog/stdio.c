/* printf formats, scanf, and a file through stdio */
#include <stdio.h>
#include <string.h>
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>
#include <math.h>
#include "test.h"

#define FMT(want, ...) do { char b[200]; snprintf(b, sizeof b, __VA_ARGS__); T_STR(b, want); } while (0)

int main(void)
{
	char path[] = "/tmp/ukl-stdio-XXXXXX", buf[64];
	int fd, i, n;
	double d;
	char s[16];
	FILE *f;

	FMT("42 -7 +5", "%d %i %+d", 42, -7, 5);
	FMT("ff FF 777 0x1f", "%x %X %o %#x", 255, 255, 511, 31);
	FMT("[  ab][ab  ]", "[%4s][%-4s]", "ab", "ab");
	FMT("3.14 3.142e+00 0.0001 1e+10", "%.2f %.3e %g %g", 3.14159, 3.14159, 0.0001, 1e10);
	FMT("0x1.8p+1", "%a", 3.0);
	FMT("-0.000000 inf -INF nan", "%f %f %F %f", -0.0, INFINITY, -INFINITY, NAN);
	FMT("18446744073709551615 -9223372036854775808", "%llu %lld",
	    (unsigned long long)-1, (long long)INT64_MIN);
	FMT("1.50000000000000000000", "%.20Lf", 1.5L);
	FMT("%c5", "%%%c%zu", 'c', (size_t)5);
	FMT("00042|   42", "%05d|%*d", 42, 5, 42);
	FMT("0 0x1000", "%p %p", (void *)0, (void *)0x1000);

	T_INT(sscanf("12 3.5 word", "%d %lf %15s", &i, &d, s), 3);
	T_INT(i, 12);
	T(d == 3.5);
	T_STR(s, "word");

	fd = mkstemp(path);
	T(fd >= 0);
	f = fdopen(fd, "w+");
	T(f != 0);
	for (i = 0; i < 1000; i++)
		fprintf(f, "line %d\n", i);
	T(fflush(f) == 0);
	T(ftell(f) == 8890);
	rewind(f);
	for (n = 0; fgets(buf, sizeof buf, f); n++)
		if (n == 999) T_STR(buf, "line 999\n");
	T_INT(n, 1000);
	T(fseek(f, 5, SEEK_SET) == 0);
	T(fgetc(f) == '0');
	T(fclose(f) == 0);
	T(unlink(path) == 0);
	return t_status;
}
