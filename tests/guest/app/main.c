/* Dispatch /ukl NAME [ARGS] to ukl_test_NAME; tests.def is generated from
 * the UKL_TEST() lines of the test files. */
#include <string.h>
#include "ukl_test.h"

int t_status;

#define X(name) UKL_TEST(name);
#include "tests.def"
#undef X

static const struct {
	const char *name;
	int (*fn)(int, char **);
} tests[] = {
#define X(name) { #name, ukl_test_##name },
#include "tests.def"
#undef X
};

int main(int argc, char **argv)
{
	size_t i;

	for (i = 0; argc > 1 && i < sizeof tests / sizeof *tests; i++)
		if (!strcmp(argv[1], tests[i].name))
			return tests[i].fn(argc - 1, argv + 1) | t_status;
	printf("usage: %s TEST [ARGS]; no test '%s'\n", argv[0], argc > 1 ? argv[1] : "");
	return 2;
}
