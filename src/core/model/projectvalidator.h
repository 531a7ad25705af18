#pragma once

#include "project.h"
#include "projectissue.h"

#include <QMap>

namespace Vigie {

// Where the nodes of a project read from a file sit in that file, when it differs: an element
// of a list that is not an object is not read, so the elements after it move up one in the
// project. Maps a parent node, by its place in the file, to the file index of each child read;
// parents whose children were all read are absent.
using FileIndices = QMap<NodePath, QList<int>>;

// Checks what the JSON shape cannot: names, ranges, Modbus limits, variables that fall outside
// their frame or do not fit its type, scan times, and what the gateway serves. Each issue names
// its node and field, by their place in the file when `fileIndices` (the tree's nodes) and
// `gatewayMapFileIndices` (the file index of each gateway.map entry read; empty: all were) say
// where that is.
[[nodiscard]] ProjectIssues validateProject(const Project &project,
                                            const FileIndices &fileIndices = {},
                                            const QList<int> &gatewayMapFileIndices = {});

} // namespace Vigie
