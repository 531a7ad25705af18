#pragma once

#include <algorithm>

// The middle of a bench's runs: what it prints, since one run slowed by another process on the
// machine should not move the figure. `values` is taken by copy and sorted.
template<typename Values> double median(Values values)
{
    std::sort(values.begin(), values.end());
    return double(values[values.size() / 2]);
}
