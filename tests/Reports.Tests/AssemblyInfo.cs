// Tests that build sites or start processes share the machine's two cores: run classes one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = false, MaxParallelThreads = 2)]
