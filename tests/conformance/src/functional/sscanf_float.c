/* scanf floating conversions: forms, infinities, NaN, hex, widths */
#include <math.h>
#include <stdio.h>
#include "test.h"

int main(void)
{
	float f = 0;
	double d = 0, e = 0;
	long double ld = 0;
	int n = 0;

	T_INT(sscanf("1.5", "%f", &f), 1);
	T(f == 1.5f);
	T_INT(sscanf("-2.5e3 .25", "%lf %lf", &d, &e), 2);
	T_DBL(d, -2500.0);
	T_DBL(e, 0.25);
	T_INT(sscanf("0x1.8p1", "%lf", &d), 1);
	T_DBL(d, 3.0);
	T_INT(sscanf("inf -INFINITY nan", "%lf %lf %f", &d, &e, &f), 3);
	T_DBL(d, INFINITY);
	T_DBL(e, -INFINITY);
	T(isnan(f));
	T_INT(sscanf("0.1", "%Lf", &ld), 1);
	T(ld == 0.1L);
	T_INT(sscanf("1.25e2x", "%le%n", &d, &n), 1);
	T_DBL(d, 125.0);
	T_INT(n, 6);
	T_INT(sscanf("12345", "%3lf", &d), 1);
	T_DBL(d, 123.0);
	T_INT(sscanf("-0", "%lf", &d), 1);
	T_DBL(d, -0.0);
	T_INT(sscanf("1e400", "%lf", &d), 1);
	T_DBL(d, INFINITY);
	T_INT(sscanf("-.e1", "%lf", &d), 0);
	return t_status;
}
