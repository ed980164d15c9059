print("orbitops")
