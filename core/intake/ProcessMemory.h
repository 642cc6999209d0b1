#pragma once

namespace dd {

// The intake's process keeps the heap memory it frees for its next mail instead of
// handing it back to the kernel at once (docs/mail-intake.md#allocator). SQLite keeps
// a statement's RETURNING rows in a temporary table with a page cache of its own,
// allocated and freed in every such statement; glibc returned that memory each time,
// and the next statement faulted its pages in again, each zeroed by the kernel: some 90
// page faults per mail filed. Call once, at start, before the threads.
void keepFreedMemoryForReuse();

} // namespace dd
