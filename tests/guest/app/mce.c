/* A machine check in the app's own data load is the app's: SIGBUS, not a
 * kernel panic (tests/guest/mce.h; run by tests/guest/run.sh in a boot of
 * its own, with the host's injector) */
#include "ukl_test.h"
#include "../mce.h"

/* the kernel image's direct map (no KASLR with UKL): physical = virtual
 * - __START_KERNEL_map */
#define START_KERNEL_MAP 0xffffffff80000000ULL

static volatile long static_page[4096 / sizeof(long)] __attribute__((aligned(4096)));

/* 1 if phys lies in the kernel image as /proc/iomem shows it */
static int in_kernel_image(uint64_t phys)
{
	unsigned long long lo, hi, min = ~0ULL, max = 0;
	char line[200], what[64];
	FILE *f = fopen("/proc/iomem", "r");

	if (!f)
		return 0;
	while (fgets(line, sizeof line, f))
		if (sscanf(line, " %llx-%llx : %63[^\n]", &lo, &hi, what) == 3 && !strncmp(what, "Kernel ", 7)) {
			min = lo < min ? lo : min;
			max = hi > max ? hi : max;
		}
	fclose(f);
	printf("kernel image %#llx-%#llx, page at %#llx\n", min, max, (unsigned long long)phys);
	return phys >= min && phys + 4095 <= max;
}

UKL_TEST(mce_data_load) { return mce_data_load_sigbus(); }

/*
 * The app's static data lives in the kernel image until each process has
 * its own copy: memory the kernel cannot take away (memory_failure()) and
 * reads itself (the app's buffers in system calls, the next start's
 * copy).  An error there is the kernel's: a panic, which run.sh expects
 * of this test, in a boot of its own.  Returning is a failure.
 */
UKL_TEST(mce_static_data)
{
	uint64_t phys = (uintptr_t)static_page - START_KERNEL_MAP;
	siginfo_t info;

	static_page[0] = 1;
	if (!in_kernel_image(phys))
		return 1;
	fflush(stdout);
	mce_catch(static_page, phys, &info);
	printf("the app got a signal: the kernel went on with a bad page of its image\n");
	return 1;
}
