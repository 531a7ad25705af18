#pragma once

#include "model/project.h"
#include "model/projectissue.h"
#include "model/projectvalidator.h"

namespace Vigie {

// Checks a project's mqtt block: the broker URL, the ids and topics the broker will see, the
// device mappings and the published devices' ids, the TLS files' pairing, the ranges. Issues
// name their field ("mqtt.devices[1].publishAs"), by its place in the file when `listIndices`
// says where that is. validateProject() calls it.
[[nodiscard]] ProjectIssues validateMqtt(const Project &project,
                                         const ListIndices &listIndices = {});

// The client id a project's publisher connects with: clientId, or "vigie-<edgeNodeId>".
[[nodiscard]] QString effectiveClientId(const MqttSettings &settings);

} // namespace Vigie
