// ParallelFor: runs independent pieces of start-up work (parsing the rules
// files; loading the guides and font metrics meanwhile) on two cores, so that
// a fresh process is ready sooner. Callers keep everything that must happen
// in order (reading files through a FileReader, reporting problems) out of
// `work`, and do it afterwards, so that output does not depend on timing.
#pragma once

#include <cstddef>
#include <functional>

namespace careplan::content {

// Calls work(i) once for every i in [0, count): on the calling thread and on
// one helper thread when the machine has more than one core, each taking the
// next index as it becomes free. Returns when every call has returned. An
// exception from `work` is rethrown here (the one of the lowest index).
// work(i) must touch only what belongs to index i.
void ParallelFor(size_t count, const std::function<void(size_t)>& work);

}  // namespace careplan::content
