// The intake's process keeps freed heap memory for reuse (ProcessMemory): blocks the size
// of an SQLite temporary table's page cache, allocated and freed again and again, fault
// no new pages once the first round has mapped them.
#include "core/intake/ProcessMemory.h"

#include <QTest>

#include <array>
#include <cstdlib>
#include <cstring>
#include <sys/resource.h>

using namespace dd;

class TestProcessMemory : public QObject
{
    Q_OBJECT

private slots:
    void reusesFreedMemory();
};

namespace {

long minorFaults()
{
    rusage usage {};
    getrusage(RUSAGE_THREAD, &usage);
    return usage.ru_minflt;
}

// 200 rounds of three 90 KB blocks written and freed: some 14,000 pages if every round
// maps them afresh.
long faultsOfRounds()
{
    constexpr std::size_t blockSize = 90 * 1024;
    const long before = minorFaults();
    for (int round = 0; round < 200; ++round) {
        std::array<void*, 3> blocks {};
        for (void*& block : blocks) {
            block = std::malloc(blockSize);
            if (block == nullptr) {
                std::abort();
            }
            std::memset(block, round, blockSize);
        }
        for (auto block = blocks.rbegin(); block != blocks.rend(); ++block) {
            std::free(*block);
        }
    }
    return minorFaults() - before;
}

} // namespace

void TestProcessMemory::reusesFreedMemory()
{
#if defined(__SANITIZE_ADDRESS__)
    QSKIP("AddressSanitizer has its own allocator");
#endif
    keepFreedMemoryForReuse();
    const long faults = faultsOfRounds();
    QVERIFY2(faults < 1000, qPrintable(QStringLiteral("%1 page faults").arg(faults)));
}

QTEST_GUILESS_MAIN(TestProcessMemory)
#include "TestProcessMemory.moc"
