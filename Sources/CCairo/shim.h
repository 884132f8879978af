#ifndef NETWORK_MAP_CCAIRO_SHIM_H
#define NETWORK_MAP_CCAIRO_SHIM_H

// cairo's PDF surface and drawing calls, for the handout's pages (the map is drawn onto them by Graphviz).
#include <cairo.h>
#include <cairo-pdf.h>

#endif
