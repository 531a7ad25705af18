#pragma once

namespace Vigie {

// QUndoCommand::id() of the commands that merge with the one before them: repeated edits of
// one field of one node become one undo step (typing in a cell, dragging a spin box).
enum class CommandId {
    ChangeNodeFields = 1,
    ChangeProjectFields,
};

} // namespace Vigie
