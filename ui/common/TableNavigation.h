#pragma once

class QTableView;

namespace nm {

class LazyQueryModel;

// What a person expects of the keyboard and the scroll bar in a long table over a lazy
// model: Ctrl+End goes to the very last row and the scroll bar dragged to the bottom
// shows the last rows (both load the rest first; without, they stop at the last row
// loaded), and Tab leaves the table instead of walking its cells.
void makeEndReachable(QTableView* view, LazyQueryModel* model);

// Sizes every column to its header and the rows on screen once the first rows are there,
// and again after a language switch; `stretchColumn` (a name) takes the spare width, not a
// count at the end.
void fitColumnsToContents(QTableView* view, int stretchColumn);

} // namespace nm
