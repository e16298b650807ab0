/* div, ldiv, lldiv, imaxdiv truncate toward zero; abs, labs, llabs, imaxabs */
#include <inttypes.h>
#include <limits.h>
#include <stdlib.h>
#include "test.h"

int main(void)
{
	div_t d;
	ldiv_t l;
	lldiv_t ll;
	imaxdiv_t im;

	d = div(7, 2);
	T(d.quot == 3 && d.rem == 1);
	d = div(-7, 2);
	T(d.quot == -3 && d.rem == -1);
	d = div(7, -2);
	T(d.quot == -3 && d.rem == 1);
	d = div(-7, -2);
	T(d.quot == 3 && d.rem == -1);
	l = ldiv(LONG_MAX, 10);
	T(l.quot == LONG_MAX / 10 && l.rem == 7);
	ll = lldiv(-1000000000000LL, 7);
	T(ll.quot == -142857142857LL && ll.rem == -1);
	im = imaxdiv(INTMAX_MIN, -1 + 2);
	T(im.quot == INTMAX_MIN && im.rem == 0);
	T_INT(abs(-5), 5);
	T_INT(abs(INT_MAX), INT_MAX);
	T_INT(labs(-5L), 5);
	T_INT(llabs(LLONG_MIN + 1), LLONG_MAX);
	T(imaxabs(-3) == 3);
	return t_status;
}
