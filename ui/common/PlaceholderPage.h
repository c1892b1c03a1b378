#pragma once

#include <QWidget>

class QLabel;

namespace nm {

// A page that says plainly that its feature is not built yet.
class PlaceholderPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceholderPage)

public:
    explicit PlaceholderPage(QWidget* parent = nullptr);

    void setTexts(const QString& title, const QString& description);
    QString title() const;

private:
    QLabel* m_title = nullptr;
    QLabel* m_description = nullptr;
};

} // namespace nm
