// Each test class starts real silos and servers; on a 2-core machine they run best one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
