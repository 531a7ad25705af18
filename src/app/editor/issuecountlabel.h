#pragma once

#include <QLabel>

namespace Vigie {

class ProjectDocument;

// The project's issue counts in the status bar: "2 error(s), 1 warning(s)", red while there
// are errors, "No issues" in the palette's own colour otherwise (ISA-101: colour only for what
// needs attention). Clicking it emits clicked(); the window shows the Issues dock.
class IssueCountLabel : public QLabel
{
    Q_OBJECT
public:
    explicit IssueCountLabel(ProjectDocument *document, QWidget *parent = nullptr);

    // The text for given counts, for tests.
    [[nodiscard]] static QString summary(int errors, int warnings);

Q_SIGNALS:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void refresh();

    ProjectDocument *m_document; // outlives the views over it
};

} // namespace Vigie
