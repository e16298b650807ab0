/* printf %a: normalized hex digits, precision rounding, subnormals, signs */
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "test.h"

#define F T_SNPRINTF

int main(void)
{
	F("0x1p+0", "%a", 1.0);
	F("0x1p-1", "%a", 0.5);
	F("0x1.8p+0", "%a", 1.5);
	F("-0x1.8p+1", "%a", -3.0);
	F("0x0p+0", "%a", 0.0);
	F("-0x0p+0", "%a", -0.0);
	F("0X1.8P+0", "%A", 1.5);
	F("0x1.00p+0", "%.2a", 1.0);
	F("0x1.fffffffffffffp+1023", "%a", DBL_MAX);
	F("0x1p-1022", "%a", DBL_MIN);
	F("0x1.999999999999ap-4", "%a", 0.1);
	F("0x1.0p+0", "%.1a", 1.03125);	/* 0x1.08p+0: tie, to even */
	F("0x1.2p+0", "%.1a", 1.15625);	/* 0x1.28p+0: tie, to even */
	F("0x1.1p+0", "%.1a", 1.0625 + 0x1p-10);	/* above the tie */
	F("inf", "%a", INFINITY);
	F("-INF", "%A", -INFINITY);
	F("nan", "%a", NAN);
	F("+0x1p+4", "%+a", 16.0);
	F("   0x1p+0", "%9a", 1.0);
	F("0x001p+0", "%08a", 1.0);
	F("0x1.p+0", "%#a", 1.0);
	return t_status;
}
