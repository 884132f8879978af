#ifndef NETWORK_MAP_CGRAPHVIZ_SHIM_H
#define NETWORK_MAP_CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

// Swift 6 refuses mutable C globals as not concurrency-safe; these return them by value.
static inline Agdesc_t nm_undirected(void) { return Agundirected; }
static inline Agdesc_t nm_directed(void) { return Agdirected; }
static inline Agdesc_t nm_strict_undirected(void) { return Agstrictundirected; }
static inline Agdesc_t nm_strict_directed(void) { return Agstrictdirected; }

#endif
