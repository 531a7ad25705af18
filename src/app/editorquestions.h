#pragma once

#include <QStringList>

#include <functional>
#include <optional>

class QWidget;

namespace Vigie {

enum class UnsavedAnswer { Save, Discard, Cancel };

// What the editing window asks the engineer, as replaceable functions: the window shows message
// boxes, and tests (offscreen, with nobody to answer) answer them themselves.
struct EditorQuestions
{
    // The project has unsaved changes and is about to be closed or replaced.
    std::function<UnsavedAnswer(const QString &projectName)> unsavedChanges;
    // An autosave newer than the file being opened: recover it?
    std::function<bool(const QString &autosave)> recoverAutosave;
    // Revert: drop every unsaved change?
    std::function<bool()> revert;
    // A renamed variable is used in formulas or screens: update them (true), rename it alone
    // (false), or cancel (nullopt).
    std::function<std::optional<bool>(const QString &oldName, const QString &newName,
                                      const QStringList &usages)>
        updateUsages;
    // Where to save a project: a file name, or empty to cancel.
    std::function<QString(const QString &proposed)> saveFileName;
    // The spreadsheet to import (.xlsx, .csv), or empty to cancel.
    std::function<QString()> importFileName;
    // Where to export the project (.xlsx or .csv), or empty to cancel.
    std::function<QString(const QString &proposed)> exportFileName;
};

// The questions as message boxes and a file dialog over `parent`.
[[nodiscard]] EditorQuestions messageBoxQuestions(QWidget *parent);

} // namespace Vigie
