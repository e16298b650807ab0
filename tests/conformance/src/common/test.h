/* Conformance tests, in libc-test's conventions: each test is one program
 * whose main returns t_status; t_error() reports "file:line: message" with
 * one write to stdout and sets t_status to 1.  A passing test prints
 * nothing.  The helpers below are small and use only the libc under test. */
#ifndef TEST_H
#define TEST_H
#include <stddef.h>
#include <sys/types.h>

extern volatile int t_status;
int t_report(const char *file, int line, const char *fmt, ...);
#define t_error(...) t_report(__FILE__, __LINE__, __VA_ARGS__)

/* checks: each reports the expression and, where it helps, both values */
#define T(c) ((c) ? 1 : (t_error("%s is false\n", #c), 0))
#define T_INT(got, want) t_cmp_int(__FILE__, __LINE__, #got, (got), (want))
#define T_STR(got, want) t_cmp_str(__FILE__, __LINE__, #got, (got), (want))
#define T_DBL(got, want) t_cmp_dbl(__FILE__, __LINE__, #got, (got), (want))
/* integers compared as unsigned long long, both printed in hex (a pointer:
 * cast it to uintptr_t) */
#define T_HEX(got, want) t_cmp_hex(__FILE__, __LINE__, #got, (got), (want))
/* a call returning -1 (or another int) on failure: must not fail */
#define T_OK(e) ((e) != -1 ? 1 : (t_error("%s failed: %s\n", #e, t_errstr()), 0))
/* a call that must fail with -1 and errno == err */
#define T_FAIL(e, err) t_cmp_fail(__FILE__, __LINE__, #e, (e), (err))

int t_cmp_int(const char *file, int line, const char *expr, long long got, long long want);
int t_cmp_str(const char *file, int line, const char *expr, const char *got, const char *want);
int t_cmp_dbl(const char *file, int line, const char *expr, double got, double want);
int t_cmp_hex(const char *file, int line, const char *expr, unsigned long long got, unsigned long long want);
int t_cmp_fail(const char *file, int line, const char *expr, long long got, int err);
const char *t_errstr(void);

/* a new directory under /tmp, removed with everything in it at exit */
const char *t_tmpdir(void);
/* path in a rotating static buffer: t_tmppath("name") is t_tmpdir()/name */
const char *t_tmppath(const char *name);
int t_rmtree(const char *path);

/* monotonic time in nanoseconds */
long long t_ns(void);

/* the helper program (environment T_CHILD, an absolute path), or 0
 * after a t_error when it is not set */
const char *t_child(void);
/* run the helper with args (0-terminated, without argv[0]); feed input (may
 * be 0), collect up to outsz-1 bytes of its stdout into out (may be 0),
 * NUL-terminated.  Returns the wait status, or -1 after a t_error. */
int t_run_child(const char *const args[], const char *input, char *out, size_t outsz);
/* read everything from fd into buf (NUL-terminated); returns the length */
size_t t_readall(int fd, char *buf, size_t size);

/* distance in units in the last place between two doubles: 0 when equal
 * (+0 and -0 too) or both NaN */
long long t_ulps(double got, double want);
/* got within ulps units in the last place of want, else a t_error */
#define T_ULP(got, want, ulps) t_cmp_ulp(__FILE__, __LINE__, #got, (got), (want), (ulps))
int t_cmp_ulp(const char *file, int line, const char *expr, double got, double want, long long ulps);

/* snprintf(fmt, ...) makes exactly want and returns its length */
#define T_SNPRINTF(want, ...) t_snprintf_is(__FILE__, __LINE__, #__VA_ARGS__, want, __VA_ARGS__)
int t_snprintf_is(const char *file, int line, const char *args, const char *want, const char *fmt, ...);

/* regcomp(re, cflags) and regexec(s, eflags): want is "so,eo so,eo ..."
 * for the first n groups, or 0 for no match; else a t_error */
void t_regmatch(const char *re, int cflags, int eflags, const char *s, int n, const char *want);

/* the UTF-8 C locale for LC_CTYPE: 1 if set, 0 after a t_error */
int t_utf8(void);

#endif
