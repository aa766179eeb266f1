#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace rapport::core {

// Calls work(i) for every i in [0, count), spread over the machine's cores
// (this thread takes a share too). Items are handed out in small runs, so an
// expensive one does not leave the other threads idle. work must only read
// what is shared and write what belongs to its item.
template <typename Work> void forEachInParallel(std::size_t count, const Work &work)
{
    constexpr std::size_t kRun = 64;
    const std::size_t threads = std::min<std::size_t>(
        std::max(1U, std::thread::hardware_concurrency()), (count + kRun - 1) / kRun);
    std::atomic<std::size_t> next{0};
    const auto drain = [&] {
        for (std::size_t from = next.fetch_add(kRun); from < count; from = next.fetch_add(kRun)) {
            for (std::size_t i = from; i < std::min(count, from + kRun); ++i)
                work(i);
        }
    };
    std::vector<std::thread> helpers;
    for (std::size_t t = 1; t < threads; ++t)
        helpers.emplace_back(drain);
    drain();
    for (std::thread &t : helpers)
        t.join();
}

} // namespace rapport::core
