import Fuzzing

print("network-map-fuzz: not yet")
