#pragma once

namespace dd {

// The intake's process keeps the heap memory it frees for its next mail instead of
// handing it back to the kernel at once (docs/mail-intake.md#speed). Every SQLite
// statement with RETURNING opens a temporary table with a page cache of its own (about
// 90 KB, allocated and freed per statement); glibc returned that memory each time, and
// the next statement took some twenty page faults, each a page the kernel zeroed again:
// 80 faults per mail filed. Call once, at start, before the threads.
void keepFreedMemoryForReuse();

} // namespace dd
