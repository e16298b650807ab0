/* rounding that carries into a new leading digit in %e, %f and %g, and
 * precision 0 forms (%.0e, %.0g, %#.0e) */
#include <stdio.h>
#include <string.h>
#include "test.h"

#define F T_SNPRINTF

int main(void)
{
	F("1.0e+01", "%.1e", 9.96);
	F("1e+01", "%.0e", 9.6);
	F("1.e+01", "%#.0e", 9.6);
	F("10.0", "%.1f", 9.96);
	F("100", "%.0f", 99.5);
	F("1e+02", "%.0g", 99.5);
	F("1e+02", "%.1g", 99.5);
	F("1.0e+02", "%#.2g", 99.96);	/* # keeps both significant digits */
	F("0.001", "%.3f", 0.00096);
	F("0.001", "%.2g", 0.000999);	/* 1.0e-03 in style f, trailing zero removed */
	F("1e-05", "%.0g", 0.0000096);
	F("-1e+00", "%.0e", -0.96);
	F("1.00000e+06", "%#g", 999999.5);
	return t_status;
}
