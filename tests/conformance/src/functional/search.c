/* <search.h>: tsearch/tfind/tdelete/twalk keep a sorted tree; lsearch
 * appends, lfind does not; hcreate/hsearch find what was entered;
 * insque/remque link and unlink */
#define _GNU_SOURCE
#include <search.h>
#include <stdlib.h>
#include <string.h>
#include "test.h"

static int cmp(const void *a, const void *b)
{
	return *(const int *)a - *(const int *)b;
}

static int walked[32], nwalk;

static void visit(const void *node, VISIT v, int depth)
{
	(void)depth;
	if ((v == postorder || v == leaf) && nwalk < 32)
		walked[nwalk++] = **(int *const *)node;
}

struct q { struct q *next, *prev; int v; };

int main(void)
{
	static int keys[] = { 50, 20, 70, 10, 30, 60, 80, 25 };
	void *root = 0;
	int i, k, arr[8] = { 3, 1, 4 }, x;
	size_t n = 3;
	ENTRY e, *f;
	struct q a = { 0 }, b = { 0 }, c = { 0 };

	for (i = 0; i < 8; i++)
		T(tsearch(&keys[i], &root, cmp) != 0);
	k = 30;
	T(tfind(&k, &root, cmp) && **(int **)tfind(&k, &root, cmp) == 30);
	T(*(int **)tsearch(&k, &root, cmp) == &keys[4]);	/* not added twice */
	k = 35;
	T(tfind(&k, &root, cmp) == 0);
	twalk(root, visit);
	T_INT(nwalk, 8);
	for (i = 1; i < nwalk; i++)
		T(walked[i - 1] < walked[i]);
	k = 20;
	T(tdelete(&k, &root, cmp) != 0);
	T(tfind(&k, &root, cmp) == 0);
	nwalk = 0;
	twalk(root, visit);
	T_INT(nwalk, 7);

	x = 1;
	T(lfind(&x, arr, &n, sizeof(int), cmp) == &arr[1]);
	x = 9;
	T(lfind(&x, arr, &n, sizeof(int), cmp) == 0);
	T(lsearch(&x, arr, &n, sizeof(int), cmp) == &arr[3]);
	T_INT(n, 4);

	T(hcreate(16) != 0);
	e.key = "alpha";
	e.data = (void *)1;
	T(hsearch(e, ENTER) != 0);
	e.key = "beta";
	e.data = (void *)2;
	T(hsearch(e, ENTER) != 0);
	e.key = "beta";
	e.data = 0;
	f = hsearch(e, FIND);
	T(f && f->data == (void *)2);
	e.key = "gamma";
	T(hsearch(e, FIND) == 0);
	hdestroy();

	insque(&a, 0);
	insque(&b, &a);
	insque(&c, &b);
	T(a.next == &b && b.next == &c && c.prev == &b);
	remque(&b);
	T(a.next == &c && c.prev == &a);
	return t_status;
}
