/* newlocale/uselocale/duplocale/freelocale: a per-thread locale changes
 * MB_CUR_MAX for this thread only, and uselocale(0) reports it */
#define _XOPEN_SOURCE 700
#include <locale.h>
#include <pthread.h>
#include <stdlib.h>
#include <wchar.h>
#include "test.h"

static void *other(void *arg)
{
	(void)arg;
	return (void *)(size_t)MB_CUR_MAX;
}

int main(void)
{
	locale_t u, c, d, old;
	pthread_t t;
	void *r;

	c = newlocale(LC_ALL_MASK, "C", 0);
	T(c != 0);
	u = newlocale(LC_CTYPE_MASK, "C.UTF-8", 0);
	if (!u)
		u = newlocale(LC_CTYPE_MASK, "C.utf8", 0);
	if (!T(u != 0))
		return t_status;
	T_INT(MB_CUR_MAX, 1);
	old = uselocale(u);
	T(old == LC_GLOBAL_LOCALE);
	T(uselocale(0) == u);
	T(MB_CUR_MAX >= 4);
	T_INT(mblen("\xc3\xa9", 2), 2);
	T_INT(pthread_create(&t, 0, other, 0), 0);
	pthread_join(t, &r);
	T_INT((size_t)r, 1);
	d = duplocale(u);
	T(d != 0);
	uselocale(d);
	T(MB_CUR_MAX >= 4);
	uselocale(LC_GLOBAL_LOCALE);
	T_INT(MB_CUR_MAX, 1);
	freelocale(d);
	freelocale(u);
	freelocale(c);
	return t_status;
}
