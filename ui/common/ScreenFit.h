#pragma once

namespace nm {

// Every window and dialog the program opens fits the screen it opens on: as it is shown,
// one larger than the screen's available area (a large scale factor on a small laptop
// screen) is made to fit, and moved so that all of it is on that screen. Installed once
// for the application; calling it again does nothing.
void installScreenFit();

} // namespace nm
