import CGraphviz
import NetworkMap
