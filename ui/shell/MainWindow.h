#pragma once

#include <QMainWindow>

class QActionGroup;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace nm {

class Database;

// The shell: a toolbar that picks a section, the Features menu on the left, and the
// pages. It hosts and wires; the pages and the core do the work.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Section { Features, Members, Settings };
    enum class Feature { Numbers, SipProfiles };

    explicit MainWindow(Database& database, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showSection(Section section);
    void showFeature(Feature feature);
    Section currentSection() const;
    Feature currentFeature() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Database& m_database;
    QActionGroup* m_sections = nullptr;
    QAction* m_featuresAction = nullptr;
    QAction* m_membersAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QStackedWidget* m_sectionStack = nullptr;
    QListWidget* m_featureMenu = nullptr;
    QStackedWidget* m_featureStack = nullptr;
    QWidget* m_numbersPage = nullptr;
    QWidget* m_sipProfilesPage = nullptr;
    QWidget* m_membersPage = nullptr;
    QWidget* m_settingsPage = nullptr;
    QLabel* m_databaseLabel = nullptr;
};

} // namespace nm
