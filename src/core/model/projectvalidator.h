#pragma once

#include "project.h"
#include "projectissue.h"

#include <QHash>
#include <QMap>

namespace Vigie {

// Where the nodes of a project read from a file sit in that file, when it differs: an element
// of a list that is not an object is not read, so the elements after it move up one in the
// project. Maps a parent node, by its place in the file, to the file index of each child read;
// parents whose children were all read are absent.
using FileIndices = QMap<NodePath, QList<int>>;
// The same for lists that are fields rather than tree nodes ("gateway.map", "calculated",
// "screens", "screens[1].bindings", by their path in the file): the file index of each element
// read. Lists whose elements were all read are absent.
using ListIndices = QHash<QString, QList<int>>;

// Checks what the JSON shape cannot: names, ranges, Modbus limits, variables that fall outside
// their frame or do not fit its type, scan times, what the gateway serves, the fields of
// calculated variables and the screen tree (its names, parents, links and action targets).
// Formulas and SVG files are checked elsewhere (checkFormulas(), checkScreens()): they need
// the formula compiler and the files. Each issue names its node and field, by their place in
// the file when `fileIndices` (the tree's nodes) and `listIndices` (the other lists) say where
// that is.
[[nodiscard]] ProjectIssues validateProject(const Project &project,
                                            const FileIndices &fileIndices = {},
                                            const ListIndices &listIndices = {});

} // namespace Vigie
