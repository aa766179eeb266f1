#pragma once

#include <QString>

#include <gtest/gtest.h>

namespace rapport::test {

// Missing programs skip a test on a developer's machine; under CI they fail it.
inline bool onCi()
{
    return qEnvironmentVariable("CI") == QLatin1String("true");
}

#define RAPPORT_REQUIRE_PROGRAM(installed, what)                                                   \
    do {                                                                                           \
        if (!(installed)) {                                                                        \
            if (::rapport::test::onCi())                                                           \
                FAIL() << what << " is not installed";                                             \
            GTEST_SKIP() << what << " is not installed";                                           \
        }                                                                                          \
    } while (false)

} // namespace rapport::test
