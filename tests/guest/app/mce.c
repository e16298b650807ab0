/* A machine check in the app's own data load is the app's: SIGBUS, not a
 * kernel panic (tests/guest/mce.h; run by tests/guest/run.sh in a boot of
 * its own, with the host's injector) */
#include "ukl_test.h"
#include "../mce.h"

UKL_TEST(mce_data_load) { return mce_data_load_sigbus(); }
