using Pulumi.Experimental.Provider;
using Reconciler.Infra.Provider;

// The engine's host (for logging) is not used: failures surface as errors of the lifecycle call that failed.
await Provider.Serve(args, XtapSchema.Version, _ => new XtapProvider(new GraphTenantConnector()), CancellationToken.None);
