import NetworkMap
