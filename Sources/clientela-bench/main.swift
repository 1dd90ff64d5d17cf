print("clientela-bench: workloads arrive with the engine benchmark")
