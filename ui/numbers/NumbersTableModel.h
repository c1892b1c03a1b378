#pragma once

#include "common/LazyQueryModel.h"
#include "numbers/Assignee.h"
#include "numbers/Number.h"
#include "queries/NumberRowsQuery.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <optional>
#include <vector>

namespace nm {

// What one row of the Numbers table stands for: an assignee and one of its numbers
// (or no number, so that an assignee without numbers can still be ticked).
struct NumberRowInfo
{
    QString rowKey; // stable across refresh, sort and fetch
    AssigneeKind kind = AssigneeKind::Member;
    qint64 assigneeId = 0;
    QString key; // account name or SIP profile id
    QString displayName; // display name or SIP profile name
    QString e164; // empty when the row holds no number
    std::optional<NumberState> state;
    int version = 0;
    QDateTime paidUntil;
    bool autoRenew = false;
    // false for a removed member's (or SIP profile's) number that is cancelled but still
    // paid for: shown until it expires, so that it can go to a successor.
    bool assigneeActive = true;

    bool hasNumber() const { return !e164.isEmpty(); }
    // Pending, active or cancelled: it can still be reassigned.
    bool isUsable() const
    {
        return state == NumberState::Pending || state == NumberState::Active
            || state == NumberState::Cancelled;
    }
    // Pending or active: cancelling it changes something.
    bool isCancellable() const { return state == NumberState::Pending || state == NumberState::Active; }
    // Cancelled, or expired and on hold: Reactivate applies.
    bool isReactivatable() const { return state == NumberState::Cancelled || state == NumberState::Expired; }
    // Pending or active, held by an active assignee: auto-renew can be switched.
    bool canSwitchAutoRenew() const { return isCancellable() && assigneeActive; }
    AssigneeRef assignee() const { return AssigneeRef{kind, assigneeId}; }
};

// One row per (active member or SIP profile, non-released number) pair, plus the
// cancelled numbers of removed members and SIP profiles until they expire; read page by
// page; searching (Unicode case-insensitive, on the stored keys), the state filter and
// sorting are done by the database. Ticks are kept here by row key, so they survive
// refresh, sorting, filtering and fetching. A removed holder's row cannot be ticked.
class NumbersTableModel final : public LazyQueryModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumbersTableModel)

public:
    enum Column
    {
        Tick = NumberRowsQuery::Tick,
        Name = NumberRowsQuery::Name,
        Kind = NumberRowsQuery::Kind,
        Number = NumberRowsQuery::Number,
        Country = NumberRowsQuery::Country,
        State = NumberRowsQuery::State,
        ExpiresOn = NumberRowsQuery::ExpiresOn,
        AutoRenew = NumberRowsQuery::AutoRenew,
        ColumnCount = NumberRowsQuery::ColumnCount
    };

    explicit NumbersTableModel(QSqlDatabase db, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    NumberRowInfo rowInfo(int row) const;

    // Part of a name, account name, SIP profile id or number; matched case-insensitively.
    void setSearchText(const QString& text);
    QString searchText() const { return rows().searchText(); }
    // Only rows whose number is in this state; nullopt for every row.
    void setStateFilter(std::optional<NumberState> state);
    std::optional<NumberState> stateFilter() const { return rows().state(); }
    // Type, country and area code, no number, auto-renew off, expiring soon.
    void setFilters(const NumberRowsQuery::Filters& filters);
    const NumberRowsQuery::Filters& filters() const { return rows().filters(); }

    bool isTicked(int row) const;
    void setTicked(int row, bool ticked);
    // Every ticked row, loaded or not, as of the last refresh; sorted by name.
    std::vector<NumberRowInfo> tickedRows() const { return sortedByName(m_ticks); }
    // Runs `work` on tickedRows() on the reader's thread (here without one), and `done` with
    // what it returns back here, unless the model is gone by then: putting a million ticked
    // rows in order takes a second, which the window must not wait for.
    template <typename T>
    void withTickedRows(std::function<T(std::vector<NumberRowInfo>)> work, std::function<void(T)> done)
    {
        auto gather = [ticks = m_ticks, work = std::move(work)] { return work(sortedByName(ticks)); };
        if (runOnRowReader([gather, done](const ListQuery&) {
                auto result = std::make_shared<T>(gather());
                return std::function<void()>([done, result] { done(std::move(*result)); });
            }))
            return;
        done(gather());
    }
    int tickedCount() const { return int(m_ticks.size()); }
    // Ticked rows whose number can be cancelled (pending or active).
    int tickedCancellableCount() const;
    // true ticks every row that matches the search and filter; false unticks every row.
    // With a reader the rows are read there, and the ticks come with tickedChanged().
    void setAllTicked(bool ticked);
    bool isTickingAll() const { return m_tickingAll; }
    // Ticks every row of this member or SIP profile, loaded or not, whatever the search:
    // all their numbers, as the article ticks a member to cancel their numbers.
    void tickAllOf(const AssigneeRef& assignee);

    // Re-reads the rows (in place when the row set is unchanged) and drops ticks of
    // rows that no longer exist. Hides LazyQueryModel::refresh on purpose.
    void refresh();
    // Re-emits texts after a language switch.
    void retranslate();

    // The SQL for the current filter and sort, for measuring (EXPLAIN QUERY PLAN).
    QString currentSql() const { return listQuery().pageSql(pageSize); }
    QVariantList currentValues() const { return listQuery().values(); }

signals:
    void tickedChanged();

private:
    NumberRowsQuery& rows() { return static_cast<NumberRowsQuery&>(listQuery()); }
    const NumberRowsQuery& rows() const { return static_cast<const NumberRowsQuery&>(listQuery()); }
    static NumberRowInfo infoFromValues(const QVariantList& values);
    static std::vector<NumberRowInfo> sortedByName(const QHash<QString, NumberRowInfo>& ticks);
    void emitTickColumnChanged();
    void syncTicks();
    void takeTicks(Result<QHash<QString, NumberRowInfo>> fresh);
    void takeAllTicks(Result<QHash<QString, NumberRowInfo>> all);

    QHash<QString, NumberRowInfo> m_ticks;
    // How many of them can be cancelled, counted when first asked after they change: the page
    // asks on every selection change, and a million ticked rows take 15 ms to count.
    mutable std::optional<int> m_cancellable;
    quint64 m_tickAllRequests = 0; // the last "tick all", read in the background
    quint64 m_tickEdits = 0; // changes to m_ticks, for bringing them up to date in the background
    bool m_tickingAll = false;
};

} // namespace nm
