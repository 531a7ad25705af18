#pragma once

#include "model/nodepath.h"

#include <QDockWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeView;

namespace Vigie {

class IssuesFilterModel;
class IssuesModel;
class ProjectDocument;

// The Issues dock of the editor: the project document's issues, live (IssuesModel), with their
// severity, place and message; a severity filter (all, errors, warnings) and a text filter.
// While a validation is pending the list is greyed and says it is checking. Double-clicking
// an issue (or Enter) emits activated() with its node and field: the window selects the node
// and opens its dialog on that field. If the list was stale, the document is validated first
// and the issue looked up again, so the node named is where it is now.
class IssuesDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit IssuesDock(ProjectDocument *document, QWidget *parent = nullptr);

    [[nodiscard]] IssuesModel *model() const { return m_model; }
    [[nodiscard]] IssuesFilterModel *filterModel() const { return m_filter; }
    [[nodiscard]] QTreeView *view() const { return m_view; }

    // Shows the dock and brings it to the front (the status bar's count does this).
    void showAndRaise();
    // Activates the issue at a row of the view (what a double-click does).
    void activateRow(int row);

Q_SIGNALS:
    void activated(const Vigie::NodePath &node, const QString &field);

private:
    void activate(const QModelIndex &index);
    void updatePending(bool pending);

    ProjectDocument *m_document;
    IssuesModel *m_model;
    IssuesFilterModel *m_filter;
    QComboBox *m_severities;
    QLineEdit *m_text;
    QLabel *m_checking;
    QTreeView *m_view;
};

} // namespace Vigie
