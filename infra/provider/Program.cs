using Pulumi.Experimental.Provider;
using Reconciler.Infra.Provider;

// The engine's host (for logging) is not used: failures surface as errors of the lifecycle call that failed.
await Provider.Serve(args, "0.1.0", _ => new XtapProvider(new GraphTenantConnector()), CancellationToken.None);
