/* libc-test style reporting: t_error prints where and what, and marks the
 * test failed; main returns t_status. */
#include <stdio.h>

static int t_status;

#define t_error(...) (t_status = 1, printf("FAIL %s:%d: ", __FILE__, __LINE__), printf(__VA_ARGS__))
#define T(c) ((c) ? (void)0 : (void)t_error("%s\n", #c))
#define TEQ(fmt, got, want) ((got) == (want) ? (void)0 : \
	(void)t_error("%s = " fmt ", expected " fmt "\n", #got, (got), (want)))
#define TSTR(got, want) (strcmp((got), (want)) == 0 ? (void)0 : \
	(void)t_error("%s = \"%s\", expected \"%s\"\n", #got, (got), (want)))
