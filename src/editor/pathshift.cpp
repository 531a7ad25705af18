#include "pathshift.h"

namespace Vigie::PathShift {

namespace {

// The index of `path` at the level of `node` when `path` lies under the same parent as `node`
// (the node itself, a sibling or below one), else nullptr.
int *siblingIndex(NodePath &path, const NodePath &node)
{
    if (node.isProject() || path.depth() < node.depth() || !node.parent().contains(path))
        return nullptr;
    int *indices[] = {&path.connection, &path.device, &path.frame, &path.variable};
    return indices[node.depth() - 1];
}

} // namespace

NodePath afterInsert(NodePath path, const NodePath &inserted)
{
    if (int *index = siblingIndex(path, inserted); index && *index >= inserted.row())
        ++*index;
    return path;
}

NodePath afterRemove(NodePath path, const NodePath &removed)
{
    if (int *index = siblingIndex(path, removed); index && *index > removed.row())
        --*index;
    return path;
}

NodePath afterMove(const NodePath &path, const NodePath &from, const NodePath &to)
{
    if (from.contains(path)) {
        NodePath moved = path;
        int *indices[] = {&moved.connection, &moved.device, &moved.frame, &moved.variable};
        for (int level = 0; level < to.depth(); ++level)
            *indices[level] = to.index(level);
        return moved;
    }
    return afterInsert(afterRemove(path, from), to);
}

} // namespace Vigie::PathShift
