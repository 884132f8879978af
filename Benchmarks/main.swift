import NetworkMap
print("benchmark: not yet written")
