// Pulumi's Deployment is a process-wide singleton read from PULUMI_CONFIG: stack tests cannot run in parallel.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
