#pragma once

#include "ascend/NpuSmiDetail.h"

namespace AscendDeck {

// `npu-smi info -t spod-info -i N -c C` on an Atlas A3: where this die sits in its super pod.
//   SDID           : 16777216   the die's id in the super pod: a v1.2 rank table's super_device_id
//   Super Pod Size : 384
//   Super Pod ID   : 0          the pod: super_pod_list's super_pod_id
//   Server Index   : 4          the server's place in the pod, the same on all of its dies
struct NpuSpodInfo
{
    qint64 sdid = -1;
    int superPodSize = -1; // -1 when not printed
    int superPodId = -1;
    int serverIndex = -1;  // -1 when not printed
    NpuSmiFields fields;   // every line as printed, for keys newer drivers add
};

} // namespace AscendDeck
