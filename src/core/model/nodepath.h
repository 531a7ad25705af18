#pragma once

#include <QtGlobal>

#include <compare>

namespace Vigie {

// Where a node sits in the project tree, by index: a connection, a device in it, a frame in
// that device, a variable in that frame. The indices below the node's level are -1, so
// {2} is the third connection and {2, 0, 1} the second frame of its first device; {} is the
// project itself. Issues, the project document's mutators and the editor's views all name
// nodes this way. An index path goes stale when the tree above it changes: holders listen to
// the document's structure signals (see ProjectDocument) and adjust.
struct NodePath
{
    enum class Kind { Project, Connection, Device, Frame, Variable };

    int connection = -1;
    int device = -1;
    int frame = -1;
    int variable = -1;

    // How deep the path goes: 0 (project) to 4 (variable).
    [[nodiscard]] constexpr int depth() const
    {
        return connection < 0 ? 0 : device < 0 ? 1 : frame < 0 ? 2 : variable < 0 ? 3 : 4;
    }
    [[nodiscard]] constexpr Kind kind() const { return Kind(depth()); }
    [[nodiscard]] constexpr bool isProject() const { return depth() == 0; }
    // The index of the node among its siblings (-1 for the project).
    [[nodiscard]] constexpr int row() const
    {
        switch (depth()) {
        case 1: return connection;
        case 2: return device;
        case 3: return frame;
        case 4: return variable;
        default: return -1;
        }
    }
    [[nodiscard]] constexpr NodePath parent() const { return withIndex(depth() - 1, -1); }
    // The path of this node's child at `row` (a variable has no children: returns itself).
    [[nodiscard]] constexpr NodePath child(int row) const
    {
        return depth() >= 4 ? *this : withIndex(depth(), row);
    }
    // The same node at another row among its siblings.
    [[nodiscard]] constexpr NodePath sibling(int row) const
    {
        return depth() == 0 ? *this : withIndex(depth() - 1, row);
    }
    // Index at a level: 0 connection, 1 device, 2 frame, 3 variable.
    [[nodiscard]] constexpr int index(int level) const
    {
        switch (level) {
        case 0: return connection;
        case 1: return device;
        case 2: return frame;
        case 3: return variable;
        default: return -1;
        }
    }
    // True if `other` is this node or lies below it.
    [[nodiscard]] constexpr bool contains(const NodePath &other) const
    {
        const int d = depth();
        if (other.depth() < d)
            return false;
        for (int level = 0; level < d; ++level) {
            if (index(level) != other.index(level))
                return false;
        }
        return true;
    }

    friend constexpr bool operator==(const NodePath &, const NodePath &) = default;
    friend constexpr auto operator<=>(const NodePath &, const NodePath &) = default;

private:
    // A copy with the index at `level` set to `value` and every deeper index cleared.
    [[nodiscard]] constexpr NodePath withIndex(int level, int value) const
    {
        NodePath p = *this;
        int *fields[] = {&p.connection, &p.device, &p.frame, &p.variable};
        for (int l = 0; l < 4; ++l) {
            if (l == level)
                *fields[l] = value;
            else if (l > level)
                *fields[l] = -1;
        }
        return p;
    }
};

} // namespace Vigie
