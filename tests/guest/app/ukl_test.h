/* One multi-call app holds every in-guest test: /ukl NAME runs
 * ukl_test_NAME.  A test passes by returning 0; t_error says what failed. */
#include <stdio.h>

#define UKL_TEST(name) int ukl_test_##name(int argc, char **argv)

extern int t_status;
#define t_error(...) (t_status = 1, printf("FAIL %s:%d: ", __FILE__, __LINE__), printf(__VA_ARGS__))
#define T(c) ((c) ? (void)0 : (void)t_error("%s\n", #c))
#define TEQ(fmt, got, want) ((got) == (want) ? (void)0 : \
	(void)t_error("%s = " fmt ", expected " fmt "\n", #got, (got), (want)))
